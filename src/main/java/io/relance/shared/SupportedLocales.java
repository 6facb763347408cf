package io.relance.shared;

import java.util.List;
import java.util.Locale;

/** The languages Relance speaks. */
public final class SupportedLocales {

    public static final List<String> TAGS = List.of("en", "fr", "es", "de");

    private SupportedLocales() {}

    public static boolean isSupported(String tag) {
        return tag != null && TAGS.contains(tag);
    }

    public static Locale of(String tag) {
        return Locale.forLanguageTag(isSupported(tag) ? tag : "en");
    }
}

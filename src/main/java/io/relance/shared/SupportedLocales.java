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

    /** The text of {@code texts} (by language tag) in this locale's language, the English one when it has none. */
    public static String pick(java.util.Map<String, String> texts, Locale locale) {
        String language = locale == null ? "en" : locale.getLanguage();
        return texts.getOrDefault(isSupported(language) ? language : "en", texts.get("en"));
    }
}

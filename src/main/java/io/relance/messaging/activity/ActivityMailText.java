package io.relance.messaging.activity;

import io.relance.shared.SupportedLocales;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the activity e-mails share: their words in the reader's language (the messaging bundle), times in the
 * workspace's time zone, and the absolute address of a page of Relance ({@code RELANCE_PUBLIC_URL}, else
 * {@code http://localhost:8080}: these e-mails are written by jobs and listeners, outside any request).
 */
@Component
public class ActivityMailText {

    private final MessageSource messages;
    private final String base;

    ActivityMailText(MessageSource messages, @Value("${relance.public-url:}") String publicUrl) {
        this.messages = messages;
        String url = publicUrl == null ? "" : publicUrl.strip().replaceAll("/+$", "");
        this.base = url.isEmpty() ? "http://localhost:8080" : url;
    }

    /** The reader's language, one of the four (else English). */
    public static Locale locale(Locale reader) {
        String tag = reader == null ? "" : reader.getLanguage();
        return SupportedLocales.isSupported(tag) ? SupportedLocales.of(tag) : Locale.ENGLISH;
    }

    public String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** A moment as the reader reads it in the workspace's time zone: {@code 1 December 2026, 10:15 (Europe/Paris)}. */
    public static String moment(Instant at, ZoneId zone, Locale locale) {
        var local = at.atZone(zone);
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale)
                        .format(local) + ", "
                + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                        .withLocale(locale)
                        .format(local)
                + " (" + zone.getId() + ")";
    }

    /** The absolute address of a page of Relance ({@code /quotes/…}). */
    public String link(String path) {
        return base + path;
    }
}

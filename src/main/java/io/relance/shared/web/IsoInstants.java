package io.relance.shared.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Instants in JSON exactly as {@link DateTimeFormatter#ISO_INSTANT} writes them ({@code 2026-11-30T09:15:00Z}, a
 * fraction in groups of three digits when there is one), without its general-purpose printer: a list page writes two
 * per record, and the formatter was a fifth of the JSON writing in the list's profile (bench/RESULTS.md).
 */
final class IsoInstants extends StdSerializer<Instant> {

    /** 10000-01-01T00:00:00Z: from there on (and before 1970) the JDK's formatter writes it. */
    private static final long YEAR_10000 = 253_402_300_800L;

    IsoInstants() {
        super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializationContext context) {
        gen.writeString(format(value));
    }

    static String format(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < 0 || seconds >= YEAR_10000) {
            return DateTimeFormatter.ISO_INSTANT.format(instant);
        }
        LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
        int nano = instant.getNano();
        char[] out = new char[30];
        digits(out, 0, t.getYear(), 4);
        out[4] = '-';
        digits(out, 5, t.getMonthValue(), 2);
        out[7] = '-';
        digits(out, 8, t.getDayOfMonth(), 2);
        out[10] = 'T';
        digits(out, 11, t.getHour(), 2);
        out[13] = ':';
        digits(out, 14, t.getMinute(), 2);
        out[16] = ':';
        digits(out, 17, t.getSecond(), 2);
        int end = 19;
        if (nano > 0) {
            out[end++] = '.';
            if (nano % 1_000_000 == 0) {
                digits(out, end, nano / 1_000_000, 3);
                end += 3;
            } else if (nano % 1_000 == 0) {
                digits(out, end, nano / 1_000, 6);
                end += 6;
            } else {
                digits(out, end, nano, 9);
                end += 9;
            }
        }
        out[end++] = 'Z';
        return new String(out, 0, end);
    }

    private static void digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}

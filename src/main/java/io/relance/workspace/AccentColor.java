package io.relance.workspace;

import java.util.Locale;
import java.util.regex.Pattern;

/** A document's accent colour: {@code #rrggbb}, and the same darkened until white text on it is readable. */
final class AccentColor {

    static final Pattern SHAPE = Pattern.compile("#[0-9a-f]{6}");

    /** Contrast with white of at least 4.5:1 (WCAG AA for normal text): relative luminance at most 0.1833. */
    private static final double MAX_LUMINANCE = 1.05 / 4.5 - 0.05;

    private AccentColor() {}

    /** {@code #RRGGBB} or {@code #rrggbb} in lower case; null when it has another shape. */
    static String normalize(String value) {
        String lower = value.strip().toLowerCase(Locale.ROOT);
        return SHAPE.matcher(lower).matches() ? lower : null;
    }

    static String readableOnWhite(String colour) {
        double r = Integer.parseInt(colour.substring(1, 3), 16);
        double g = Integer.parseInt(colour.substring(3, 5), 16);
        double b = Integer.parseInt(colour.substring(5, 7), 16);
        while (luminance(r, g, b) > MAX_LUMINANCE) {
            r *= 0.9;
            g *= 0.9;
            b *= 0.9;
        }
        return String.format(Locale.ROOT, "#%02x%02x%02x", (int) r, (int) g, (int) b);
    }

    private static double luminance(double r, double g, double b) {
        return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    }

    private static double linear(double channel) {
        double c = Math.floor(channel) / 255;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}

package io.relance.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text folding for sorting and searching: lower case, accents removed, spaces collapsed. */
public final class Text {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Text() {}

    /** "Émilie  Dupont-Lefèvre" → "emilie dupont-lefevre". */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        // lower case first, so that "Ø", "Æ", "Œ" and "ẞ" fold as their small letters do
        String stripped = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        stripped = stripped.replace("ß", "ss")
                .replace("æ", "ae")
                .replace("œ", "oe")
                .replace("ø", "o")
                .replace("ł", "l")
                .replace("đ", "d")
                .replace("ı", "i");
        return SPACES.matcher(stripped).replaceAll(" ").strip();
    }

    /** The digits of a text, nothing else: "+33 (0)6 12-34" → "330612 34" → "33061234". */
    public static String digits(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c >= '0' && c <= '9') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Null for blank input, the stripped text otherwise. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}

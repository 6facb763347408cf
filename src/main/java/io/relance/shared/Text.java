package io.relance.shared;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as Relance keeps it: {@link #normalize} (NFC, no invisible edges, no control characters, no broken
 * surrogates) for everything stored, and folding for sorting and searching. Only the JDK: bench/Generate.java
 * compiles this class to write its data as the application would.
 */
public final class Text {

    /** Why a text is refused by {@link #check}: the message key of the field error. */
    public static final String INVALID_CHARACTER = "validation.text.invalidCharacter";

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

    /** The longest prefix of {@code text} of at most {@code maxBytes} in UTF-8, never cutting a character. */
    public static String limitBytes(String text, int maxBytes) {
        if (text.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > maxBytes) {
                break;
            }
            out.appendCodePoint(cp);
            bytes += size;
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** Null for blank input (invisible spaces included), the normalised text otherwise. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = strip(text);
        return stripped.isEmpty() ? null : stripped;
    }

    /**
     * A typed text checked as the forms and the API read it: null when blank, else {@link #clean(String) cleaned}, with
     * a problem on {@code field} when it holds a refused character (see {@link #check}) or is longer than {@code max}.
     */
    public static String clean(String field, String typed, int max, List<FieldProblem> problems) {
        String clean = clean(typed);
        if (clean == null) {
            return null;
        }
        if (hasInvalidCharacter(clean)) {
            problems.add(new FieldProblem(field, INVALID_CHARACTER));
        } else if (clean.length() > max) {
            problems.add(new FieldProblem(field, "validation.size.max", max));
        }
        return clean;
    }

    /**
     * What every module stores of a typed text: composed (NFC), without the spaces at its edges, visible or
     * not (NBSP, zero-width space, BOM…), so that a name made only of them is blank. Refuses (with a field
     * error on {@code field}) a control character other than tab and line breaks, or a broken surrogate pair.
     */
    public static String normalize(String field, String text) {
        if (text == null) {
            return null;
        }
        check(field, text);
        return strip(
                Normalizer.isNormalized(text, Normalizer.Form.NFC)
                        ? text
                        : Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    /** True when {@link #check} would refuse the text. */
    public static boolean hasInvalidCharacter(String text) {
        return invalidAt(text) >= 0;
    }

    /** Refuses a control character other than tab and line breaks (NUL included) or an unpaired surrogate. */
    public static void check(String field, String text) {
        if (invalidAt(text) >= 0) {
            throw new InvalidInputException(field, INVALID_CHARACTER);
        }
    }

    private static int invalidAt(String text) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return i;
            }
        }
        return -1;
    }

    /** The text without the spaces at its edges, Unicode's and the invisible ones alike. */
    public static String strip(String text) {
        if (text == null) {
            return null;
        }
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == text.length() ? text : text.substring(start, end);
    }

    /** A space of any kind, or a character that shows nothing (zero-width space, joiners, word joiner, BOM). */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || c == '\u200B'
                || c == '\u200C'
                || c == '\u200D'
                || c == '\u2060'
                || c == '\uFEFF'
                || c == '\u180E'
                || c == '\u00AD';
    }
}

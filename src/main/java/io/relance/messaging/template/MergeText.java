package io.relance.messaging.template;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The merge fields of a template's text: {@code {{client.name}}}, spaces inside the braces allowed. Filling puts
 * each value as plain text (the HTML part escapes the whole result, values included); a field without a value
 * becomes empty. A lone {@code {{} without its closing braces is text.
 */
public final class MergeText {

    private static final Pattern FIELD = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);

    private MergeText() {}

    /** The names between double braces that are not among {@code known}, each once, in order of appearance. */
    public static List<String> unknownFields(String text, Collection<String> known) {
        List<String> unknown = new ArrayList<>();
        if (text == null) {
            return unknown;
        }
        Matcher m = FIELD.matcher(text);
        while (m.find()) {
            String name = m.group(1).strip();
            if (!known.contains(name) && !unknown.contains(name)) {
                unknown.add(name);
            }
        }
        return unknown;
    }

    /** The text with every field replaced by its value (empty when it has none). */
    public static String fill(String text, Map<String, String> values) {
        if (text == null) {
            return "";
        }
        Matcher m = FIELD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1).strip());
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}

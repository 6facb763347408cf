package io.relance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A form of a page as a browser would post it: its inputs (a checkbox only when checked), the chosen option of its
 * selects, its text areas; not its CSRF token (a test adds its own). Read from the HTML the application wrote, so a test posts what the page holds.
 */
public final class PageForm {

    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.DOTALL);
    private static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>", Pattern.DOTALL);
    private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);

    private PageForm() {}

    /** The fields of the form with this id, as posted. */
    public static MultiValueMap<String, String> fields(String html, String formId) {
        Matcher form = Pattern.compile(
                        "<form\\b[^>]*\\bid=\"" + Pattern.quote(formId) + "\"[^>]*>(.*?)</form>", Pattern.DOTALL)
                .matcher(html);
        assertThat(form.find()).as("a form #%s on the page", formId).isTrue();
        String body = form.group(1);
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        Matcher input = INPUT.matcher(body);
        while (input.find()) {
            String tag = input.group();
            String name = attribute(tag, "name");
            String type = attribute(tag, "type");
            boolean box = "checkbox".equals(type) || "radio".equals(type);
            if (name == null
                    || name.equals("_csrf")
                    || "submit".equals(type)
                    || (box && !tag.matches("(?s).*\\bchecked\\b.*"))) {
                continue;
            }
            String value = attribute(tag, "value");
            fields.add(name, value == null ? (box ? "on" : "") : value);
        }
        Matcher select = SELECT.matcher(body);
        while (select.find()) {
            String name = attribute(select.group(1), "name");
            Matcher option = OPTION.matcher(select.group(2));
            String chosen = null;
            while (option.find()) {
                String value = attribute(option.group(1), "value");
                if (chosen == null || option.group(1).matches("(?s).*\\bselected\\b.*")) {
                    chosen = value == null ? "" : value;
                    if (option.group(1).matches("(?s).*\\bselected\\b.*")) {
                        break;
                    }
                }
            }
            fields.add(name, chosen == null ? "" : chosen);
        }
        Matcher textarea = TEXTAREA.matcher(body);
        while (textarea.find()) {
            fields.add(attribute(textarea.group(1), "name"), unescape(textarea.group(2)));
        }
        return fields;
    }

    private static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? unescape(m.group(1)) : null;
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}

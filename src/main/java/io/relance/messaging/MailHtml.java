package io.relance.messaging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * The HTML part of an e-mail written as text: every character escaped (merge-field values included), paragraphs at
 * blank lines, line breaks kept, web addresses made links. No markup typed by anyone ever reaches the HTML.
 */
public final class MailHtml {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:!?)\\]]");

    private MailHtml() {}

    public static String of(String text) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"></head>"
                + "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5\">");
        String normalized = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
        for (String paragraph : normalized.strip().split("\n\\s*\n")) {
            if (paragraph.isBlank()) {
                continue;
            }
            html.append("<p>")
                    .append(linked(paragraph.strip()).replace("\n", "<br>\n"))
                    .append("</p>\n");
        }
        return html.append("</body></html>").toString();
    }

    /** Escapes the text and makes each web address a link (the address itself escaped, as text and as href). */
    static String linked(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = URL.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(HtmlUtils.htmlEscape(text.substring(last, m.start()), "UTF-8"));
            String url = HtmlUtils.htmlEscape(m.group(), "UTF-8");
            out.append("<a href=\"").append(url).append("\">").append(url).append("</a>");
            last = m.end();
        }
        return out.append(HtmlUtils.htmlEscape(text.substring(last), "UTF-8")).toString();
    }
}

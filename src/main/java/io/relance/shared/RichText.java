package io.relance.shared;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/** Rich text people type (notes): a small safe subset of HTML is kept, everything else is removed. */
public final class RichText {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(new HtmlPolicyBuilder().allowElements("br", "ul", "ol", "li").toFactory());

    private RichText() {}

    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        return POLICY.sanitize(html).strip();
    }
}

package io.relance.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailHtmlUnitTests {

    @Test
    void everythingTypedIsEscapedParagraphsAndLineBreaksKept() {
        String html = MailHtml.of("Hello <b>Claire</b> & co,\n\nLine one\nLine \"two\"\r\n\r\n\n");
        assertThat(html)
                .contains("<p>Hello &lt;b&gt;Claire&lt;/b&gt; &amp; co,</p>")
                .contains("<p>Line one<br>\nLine &quot;two&quot;</p>")
                .doesNotContain("<b>");
    }

    @Test
    void webAddressesBecomeLinksWithoutTheSentencesFullStopAndStayEscaped() {
        assertThat(MailHtml.linked("See https://relance.test/q/a?x=1&y=\"2\". Thanks"))
                .isEqualTo("See <a href=\"https://relance.test/q/a?x=1&amp;y=\">https://relance.test/q/a?x=1&amp;y=</a>"
                        + "&quot;2&quot;. Thanks");
        assertThat(MailHtml.linked("javascript:alert(1) http://ok.test/p."))
                .isEqualTo("javascript:alert(1) <a href=\"http://ok.test/p\">http://ok.test/p</a>.");
    }
}

package io.relance.quote.document;

import static io.relance.quote.document.QuoteDocumentFixture.quote;
import static org.assertj.core.api.Assertions.assertThat;

import io.relance.shared.pdf.PdfTexts;
import org.junit.jupiter.api.Test;

/** Whatever a user typed is printed as text, in the HTML and in the PDF: never markup, never an entity. */
class QuoteDocumentEscapingUnitTests {

    static final QuoteDocumentRenderer renderer = DocumentTemplates.renderer();

    @Test
    void markupTypedInALineOrATextIsShownAsText() throws Exception {
        String typed = "<script>alert('x')</script> & <img src=\"http://127.0.0.1:9/x.png\" />";
        QuoteDocument document =
                quote().describedAs("<b>bold</b> & co").introducedAs(typed).build();

        String html = renderer.xhtml(document);
        assertThat(html).doesNotContain("<script", "<b>bold", "<img src=\"http://127.0.0.1");
        assertThat(html).contains("&lt;script&gt;", "&lt;b&gt;bold&lt;/b&gt; &amp; co");

        String text = PdfTexts.text(renderer.pdf(document));
        assertThat(text).contains(typed, "<b>bold</b> & co");
    }

    @Test
    void anEntityTypedInALineReadsNothing() throws Exception {
        String typed = "<!DOCTYPE x [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]> &secret; &amp;";
        String text = PdfTexts.text(renderer.pdf(quote().describedAs(typed).build()));

        assertThat(text).contains("&secret; &amp;").doesNotContain("root:");
    }
}

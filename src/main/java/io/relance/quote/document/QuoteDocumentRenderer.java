package io.relance.quote.document;

import io.relance.shared.pdf.PdfRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a {@link QuoteDocument} as its PDF: the body fragment of {@code quote/document.html} inside {@code
 * quote/document-pdf.html}, with {@code static/css/quote-document.css} embedded, the labels in the document's language
 * and the logo carried as a {@code data:} URI (nothing is fetched).
 */
@Component
public class QuoteDocumentRenderer {

    static final String PDF_VIEW = "quote/document-pdf";
    static final String CSS = "static/css/quote-document.css";

    /** The line of the CSS after which come the rules for screens only (media features the PDF renderer lacks). */
    static final String SCREEN_ONLY = "/* @screen-only";

    private final ITemplateEngine templates;
    private final PdfRenderer pdf;
    private final String css;

    QuoteDocumentRenderer(ITemplateEngine templates, PdfRenderer pdf) {
        this.templates = templates;
        this.pdf = pdf;
        String all = read(CSS);
        int screenOnly = all.indexOf(SCREEN_ONLY);
        this.css = screenOnly < 0 ? all : all.substring(0, screenOnly);
    }

    /** The PDF of the document, A4, in its language. */
    public byte[] pdf(QuoteDocument document) {
        return pdf.render(xhtml(document));
    }

    /** The PDF of the document with the file name a download proposes. */
    public QuotePdf file(QuoteDocument document) {
        return new QuotePdf(fileName(document), pdf(document));
    }

    /** The XHTML the PDF is made of (what the tests read too). */
    String xhtml(QuoteDocument document) {
        Context context = new Context(document.locale());
        context.setVariable("doc", document);
        context.setVariable("css", css);
        context.setVariable("logoSrc", document.logoDataUri());
        return templates.process(PDF_VIEW, context);
    }

    /** The file name a download proposes: the quote's number, safe on every system. */
    public static String fileName(QuoteDocument document) {
        return document.number().replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf";
    }

    private static String read(String path) {
        try (InputStream in = QuoteDocumentRenderer.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

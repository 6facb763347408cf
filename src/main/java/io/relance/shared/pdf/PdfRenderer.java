package io.relance.shared.pdf;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Turns well-formed XHTML into a PDF with OpenHTMLtoPDF: A4 unless the CSS says otherwise ({@code @page}), page
 * numbers and running footers from CSS paged media, and the fonts of {@value #FONT_FAMILY} (DejaVu Sans, bundled in
 * {@code fonts/}) embedded as subsets, so é, ñ, ß, ł and € print on any reader. The family is the default of the
 * document and of the page's margin boxes; a margin box the document's CSS defines must name it again (OpenHTMLtoPDF
 * does not cascade one {@code @page} rule's margin box into another's), else it falls back to Times-Roman, a
 * built-in PDF font that is not embedded and has no glyph beyond Latin-1.
 *
 * <p>Rendering never leaves the process: no address is fetched (http, https, file, jar, classpath…); the only outside
 * resources allowed are images given as {@code data:image/png} or {@code data:image/jpeg} URIs. CSS goes inside the
 * document ({@code <style>}).
 */
@Component
public class PdfRenderer {

    /** The font family documents name in their CSS. */
    public static final String FONT_FAMILY = "DejaVu Sans";

    private static final Pattern ALLOWED_IMAGE = Pattern.compile("^data:image/(png|jpeg);base64,[A-Za-z0-9+/=\\s]*$");

    /** The bundled family for the document and every page margin box (they do not inherit it from the body). */
    private static final String DEFAULT_FONT_CSS;

    static {
        String family = "font-family: \"" + FONT_FAMILY + "\";";
        StringBuilder css = new StringBuilder("html, body { " + family + " } @page { " + family);
        for (String box : List.of(
                "top-left-corner",
                "top-left",
                "top-center",
                "top-right",
                "top-right-corner",
                "bottom-left-corner",
                "bottom-left",
                "bottom-center",
                "bottom-right",
                "bottom-right-corner",
                "left-top",
                "left-middle",
                "left-bottom",
                "right-top",
                "right-middle",
                "right-bottom")) {
            css.append(" @").append(box).append(" { ").append(family).append(" }");
        }
        DEFAULT_FONT_CSS = css.append(" }").toString();
    }

    private static final FSStream NOTHING = new FSStream() {
        @Override
        public InputStream getStream() {
            return null;
        }

        @Override
        public java.io.Reader getReader() {
            return null;
        }
    };

    private final byte[] regular = font("fonts/DejaVuSans.ttf");
    private final byte[] bold = font("fonts/DejaVuSans-Bold.ttf");

    /** The PDF of a document; {@code xhtml} must be well-formed (no DOCTYPE). */
    public byte[] render(String xhtml) {
        Document document = SafeXhtml.parse(xhtml);
        defaultFont(document);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useDefaultPageSize(210, 297, BaseRendererBuilder.PageSizeUnits.MM);
            builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.useExternalResourceAccessControl(
                    PdfRenderer::allowed, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl(
                    PdfRenderer::allowed, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            // second lock: were a fetch ever allowed, every protocol answers nothing
            builder.useProtocolsStreamImplementation(
                    uri -> NOTHING, "http", "https", "file", "jar", "ftp", "classpath");
            builder.withW3cDocument(document, "about:blank");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new PdfRenderingException("Could not render the PDF", e);
        }
        return out.toByteArray();
    }

    /**
     * Puts the bundled family first in the cascade (the document's own CSS comes after and may name it again): text
     * outside any styled element, the page's margin boxes included, never falls back to a built-in PDF font, which
     * is not embedded and has no glyph beyond Latin-1.
     */
    private static void defaultFont(Document document) {
        Element root = document.getDocumentElement();
        String ns = root.getNamespaceURI();
        Element head = null;
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "head".equals(e.getLocalName() != null ? e.getLocalName() : e.getTagName())) {
                head = e;
                break;
            }
        }
        if (head == null) {
            head = document.createElementNS(ns, "head");
            root.insertBefore(head, root.getFirstChild());
        }
        Element style = document.createElementNS(ns, "style");
        style.setTextContent(DEFAULT_FONT_CSS);
        head.insertBefore(style, head.getFirstChild());
    }

    /** Only images carried in the document itself: nothing is ever fetched. */
    static boolean allowed(String uri, ExternalResourceType type) {
        return uri != null
                && (type == ExternalResourceType.IMAGE_RASTER)
                && ALLOWED_IMAGE.matcher(uri).matches();
    }

    private static byte[] font(String path) {
        try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

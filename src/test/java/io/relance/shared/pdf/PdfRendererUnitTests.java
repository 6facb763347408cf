package io.relance.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The PDF renderer: every letter in an embedded font, nothing fetched from anywhere, nothing but XHTML read. */
class PdfRendererUnitTests {

    final PdfRenderer renderer = new PdfRenderer();

    static String page(String head, String body) {
        return "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><style>"
                + " @page { @bottom-right { content: counter(page) \" / \" counter(pages); font-family: 'DejaVu Sans'; } }"
                + "</style>" + head
                + "</head><body>" + body + "</body></html>";
    }

    @Test
    void printsAccentedLettersAndTheEuroSignWithAnEmbeddedFont() throws Exception {
        byte[] pdf = renderer.render(page("", "<p>Crème brûlée, Señor Ñandú, Straße, Łódź: 12,50 €</p>"));

        assertThat(PdfTexts.text(pdf)).contains("Crème brûlée, Señor Ñandú, Straße, Łódź: 12,50 €", "1 / 1");
        assertThat(PdfTexts.fonts(pdf))
                .isNotEmpty()
                .allSatisfy(font -> assertThat(font).contains("DejaVuSans").endsWith(" embedded"));
    }

    @Test
    void theBundledFontIsTheDefaultOfTheDocument() throws Exception {
        byte[] pdf = renderer.render("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Łódź</p></body></html>");

        assertThat(PdfTexts.text(pdf)).contains("Łódź");
        assertThat(PdfTexts.fonts(pdf))
                .singleElement()
                .satisfies(font -> assertThat(font).contains("DejaVuSans").endsWith(" embedded"));
    }

    @Test
    void fetchesNothingFromTheNetworkOrTheDisk() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            byte[] pdf = renderer.render(page(
                    "<link rel=\"stylesheet\" href=\"" + base + "/style.css\" />"
                            + "<style>@import url(" + base + "/imported.css);"
                            + " @font-face { font-family: Remote; src: url(" + base + "/font.ttf); }"
                            + " p { background-image: url(" + base + "/background.png); }</style>",
                    "<p>Offline</p><img src=\"" + base + "/logo.png\" /><img src=\"file:///etc/hostname\" />"
                            + "<img src=\"jar:file:///tmp/x.jar!/a.png\" /><img src=\"/etc/hostname\" />"));

            assertThat(PdfTexts.text(pdf)).contains("Offline");
            assertThat(PdfTexts.imagesOnFirstPage(pdf)).isZero();
            assertThat(requests).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void drawsAnImageCarriedInTheDocument() throws Exception {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        String uri = "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());

        byte[] pdf = renderer.render(page("", "<p>Logo</p><img src=\"" + uri + "\" />"));

        assertThat(PdfTexts.imagesOnFirstPage(pdf)).isEqualTo(1);
    }

    @Test
    void refusesADocumentWithEntitiesOrADoctype() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>&secret;</p></body></html>";

        assertThatThrownBy(() -> renderer.render(xxe)).isInstanceOf(PdfRenderingException.class);
        assertThatThrownBy(() -> renderer.render("<html><body><p>Not closed</body></html>"))
                .isInstanceOf(PdfRenderingException.class);
    }
}

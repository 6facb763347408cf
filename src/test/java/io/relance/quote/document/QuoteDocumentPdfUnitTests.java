package io.relance.quote.document;

import static io.relance.quote.document.QuoteDocumentFixture.quote;
import static org.assertj.core.api.Assertions.assertThat;

import io.relance.shared.pdf.PdfTexts;
import io.relance.workspace.Branding;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The quote's PDF from a hand-built document, read back with PDFBox, in the four languages. */
class QuoteDocumentPdfUnitTests {

    static final QuoteDocumentRenderer renderer = DocumentTemplates.renderer();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            en | Quote | Total incl. tax | €319.99 | €56.75 | €376.74 | Tax 20% on €270.00 | Tax 5.5% on €49.99 | Valid until | December 31, 2026
            fr | Devis | Total TTC | 319,99 € | 56,75 € | 376,74 € | TVA 20 % sur 270,00 € | TVA 5,5 % sur 49,99 € | Valable jusqu'au | 31 décembre 2026
            es | Presupuesto | Total | 319,99 € | 56,75 € | 376,74 € | IVA 20 % sobre 270,00 € | IVA 5,5 % sobre 49,99 € | Válido hasta | 31 de diciembre de 2026
            de | Angebot | Gesamtbetrag brutto | 319,99 € | 56,75 € | 376,74 € | MwSt. 20 % auf 270,00 € | MwSt. 5,5 % auf 49,99 € | Gültig bis | 31. Dezember 2026
            """)
    void printsEveryLetterAndTheTotalsPerTaxRateInTheDocumentsLanguage(
            String language,
            String title,
            String grossLabel,
            String net,
            String tax,
            String gross,
            String fullRate,
            String reducedRate,
            String validLabel,
            String validUntil)
            throws Exception {
        byte[] pdf = renderer.pdf(quote().in(language).build());
        String text = PdfTexts.text(pdf);

        assertThat(text)
                .contains("Łukasz & Müller Rénovation", "12 Große Straße", "Straßenfeger-Set für Señor Muñoz")
                .contains("Salle de bains — Łazienka", "Merci de votre confiance — Señor Ñandú")
                .contains("SAS au capital de 10 000 €", "FR76 3000 6000 0112 3456 7890 189")
                .contains("Famille Lambert", "3 chemin Vert", "QU2612-0001-2")
                .contains(title, grossLabel, net, tax, gross, fullRate, reducedRate, validLabel, validUntil);
        assertThat(PdfTexts.fonts(pdf))
                .isNotEmpty()
                .allSatisfy(font -> assertThat(font).contains("DejaVuSans").endsWith(" embedded"));
    }

    @Test
    void aLongQuoteNumbersItsPagesAndRepeatsTheLegalFooterOnEach() throws Exception {
        byte[] pdf = renderer.pdf(quote().withExtraLines(70).build());
        int pages = PdfTexts.pages(pdf);
        String text = PdfTexts.text(pdf);

        assertThat(pages).isGreaterThanOrEqualTo(2);
        assertThat(text).contains("1 / " + pages, pages + " / " + pages, "Extra line 70, offered", "€376.74");
        assertThat(text.split("RCS Paris 123 456 789", -1)).hasSize(pages + 1);
    }

    @Test
    void anAcceptedQuoteSaysWhoAcceptedItAndWhen() throws Exception {
        String text = PdfTexts.text(renderer.pdf(quote().in("fr")
                .accepted("Anne Lambert", QuoteDocumentFixture.at("2026-12-02T18:30"))
                .build()));

        assertThat(text).contains("Accepté par Anne Lambert le 2 décembre 2026", "18:30");
        assertThat(text).doesNotContain("Bon pour accord");
    }

    @Test
    void anExpiredQuoteIsMarkedSo() throws Exception {
        String text = PdfTexts.text(renderer.pdf(
                quote().in("de").status(QuoteDocument.Status.EXPIRED).build()));

        assertThat(text).contains("Abgelaufen: dieses Angebot war gültig bis 31. Dezember 2026.");
    }

    @Test
    void aSentQuoteLeavesRoomToSignAndAddressesTheContact() throws Exception {
        String text = PdfTexts.text(renderer.pdf(quote().in("fr").build()));

        assertThat(text).contains("Bon pour accord", "À l'attention de Anne Lambert", "Révision");
    }

    @Test
    void theLogoIsDrawnFromItsBytes() throws Exception {
        BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        Branding.Logo logo = new Branding.Logo(UUID.randomUUID(), "image/png", 120, 40, png.toByteArray());

        byte[] pdf = renderer.pdf(quote().withLogo(logo).build());

        assertThat(PdfTexts.imagesOnFirstPage(pdf)).isEqualTo(1);
    }

    @Test
    void theFileNameIsTheNumber() {
        assertThat(QuoteDocumentRenderer.fileName(quote().build())).isEqualTo("QU2612-0001-2.pdf");
    }

    @Test
    void theWorkspacesAccentColourColoursTheTitleAndTheLinesHeader() {
        assertThat(renderer.xhtml(quote().build())).doesNotContain("#8d6a00");
        String xhtml = renderer.xhtml(quote().withAccent("#8d6a00").build());
        assertThat(xhtml).contains(".qd-title { color: #8d6a00; }").contains(".qd-lines th { background: #8d6a00; }");
        assertThat(renderer.pdf(quote().withAccent("#8d6a00").build())).startsWith("%PDF-".getBytes());
    }
}

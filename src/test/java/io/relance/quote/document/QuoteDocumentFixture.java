package io.relance.quote.document;

import io.relance.quote.document.QuoteDocument.Line;
import io.relance.quote.document.QuoteDocument.TaxTotal;
import io.relance.workspace.Branding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-built quote documents: the README's example (3 × 100.00 at 10 % off and 20 % tax, plus 1 × 49.99 at 5.5 % →
 * net 319.99, tax 56.75, gross 376.74) with a seller and a client whose names need é, ñ, ß and ł, in any language.
 */
public final class QuoteDocumentFixture {

    private String language = "en";
    private QuoteDocument.Status status = QuoteDocument.Status.SENT;
    private QuoteDocument.Acceptance acceptance;
    private Branding.Logo logo;
    private String description = "Wall tiles, laid — Café crème";
    private int extraLines;
    private String introduction = "Suite à notre visite, voici notre proposition.\nBonne lecture !";

    public static QuoteDocumentFixture quote() {
        return new QuoteDocumentFixture();
    }

    public QuoteDocumentFixture in(String language) {
        this.language = language;
        return this;
    }

    public QuoteDocumentFixture accepted(String name, ZonedDateTime at) {
        this.status = QuoteDocument.Status.ACCEPTED;
        this.acceptance = new QuoteDocument.Acceptance(name, at);
        return this;
    }

    public QuoteDocumentFixture status(QuoteDocument.Status status) {
        this.status = status;
        return this;
    }

    public QuoteDocumentFixture withLogo(Branding.Logo logo) {
        this.logo = logo;
        return this;
    }

    /** The first line's description, as a user typed it. */
    public QuoteDocumentFixture describedAs(String description) {
        this.description = description;
        return this;
    }

    public QuoteDocumentFixture introducedAs(String introduction) {
        this.introduction = introduction;
        return this;
    }

    /** So many more lines (at 0.00, so the totals stay the example's): a long quote over several pages. */
    public QuoteDocumentFixture withExtraLines(int count) {
        this.extraLines = count;
        return this;
    }

    public QuoteDocument build() {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.section("Salle de bains — Łazienka"));
        lines.add(Line.item(
                "TIL-01",
                description,
                new BigDecimal("3"),
                "m²",
                new BigDecimal("100.00"),
                new BigDecimal("10"),
                new BigDecimal("20"),
                new BigDecimal("270.00")));
        lines.add(Line.item(
                null,
                "Straßenfeger-Set für Señor Muñoz",
                new BigDecimal("1"),
                "pc",
                new BigDecimal("49.99"),
                null,
                new BigDecimal("5.5"),
                new BigDecimal("49.99")));
        lines.add(Line.subtotal(new BigDecimal("319.99")));
        for (int i = 1; i <= extraLines; i++) {
            lines.add(Line.item(
                    "X-" + i,
                    "Extra line " + i + ", offered",
                    BigDecimal.ONE,
                    "h",
                    new BigDecimal("0.00"),
                    null,
                    new BigDecimal("20"),
                    new BigDecimal("0.00")));
        }
        Branding branding = new Branding(
                null,
                "Łukasz & Müller Rénovation",
                "12 Große Straße",
                "75011",
                "Paris",
                null,
                "+33 1 23 45 67 89",
                "contact@renovation.test",
                "https://renovation.test",
                "RCS Paris 123 456 789",
                "FR12123456789",
                "SAS au capital de 10 000 €",
                "Banque Populaire",
                "FR7630006000011234567890189",
                "CCBPFRPPXXX",
                "Merci de votre confiance — Señor Ñandú",
                logo,
                1);
        QuoteDocument.Seller seller = new QuoteDocument.Seller(
                branding.companyName(),
                List.of("12 Große Straße", "75011 Paris"),
                "FR76 3000 6000 0112 3456 7890 189",
                logo,
                branding);
        QuoteDocument.Client client =
                new QuoteDocument.Client("Famille Lambert", "Anne Lambert", List.of("3 chemin Vert", "69003 Lyon"));
        return new QuoteDocument(
                language,
                "EUR",
                seller,
                client,
                "QU2612-0001-2",
                2,
                LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 31),
                introduction,
                "Acompte de 30 % à la commande.\nSolde à la fin des travaux.",
                lines,
                List.of(
                        new TaxTotal(new BigDecimal("5.5"), new BigDecimal("49.99"), new BigDecimal("2.75")),
                        new TaxTotal(new BigDecimal("20"), new BigDecimal("270.00"), new BigDecimal("54.00"))),
                new BigDecimal("319.99"),
                new BigDecimal("56.75"),
                new BigDecimal("376.74"),
                status,
                acceptance);
    }

    static ZonedDateTime at(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Europe/Paris"));
    }
}

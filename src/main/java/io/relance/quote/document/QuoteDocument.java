package io.relance.quote.document;

import io.relance.quote.core.QuoteLine;
import io.relance.quote.core.QuoteTotals;
import io.relance.shared.SupportedLocales;
import io.relance.workspace.Branding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A quote as its client reads it, everything already decided: who sells, to whom, the number and revision, dates,
 * texts, the lines (items, section titles, subtotals), totals per tax rate and in all, and how things stand (accepted
 * by whom and when, expired…). Amounts are in {@link #currency}, rounded as the quote computed them; this record only
 * prints them, in its {@link #language}.
 *
 * @param language the document's language ({@code en}, {@code fr}, {@code es}, {@code de})
 * @param number the quote's number as printed, its revision suffix included ({@code QU2612-0001-2})
 * @param revision 1 for the first version, 2 after the first change once sent…
 * @param acceptance who accepted and when; null unless {@link Status#ACCEPTED}
 */
public record QuoteDocument(
        String language,
        String currency,
        Seller seller,
        Client client,
        String number,
        int revision,
        LocalDate issuedOn,
        LocalDate validUntil,
        String introduction,
        String terms,
        List<Line> lines,
        List<TaxTotal> taxTotals,
        BigDecimal totalNet,
        BigDecimal totalTax,
        BigDecimal totalGross,
        Status status,
        Acceptance acceptance) {

    public QuoteDocument {
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(status, "status");
        lines = List.copyOf(lines);
        taxTotals = List.copyOf(taxTotals);
    }

    public enum Status {
        DRAFT,
        SENT,
        ACCEPTED,
        DECLINED,
        EXPIRED,
        CANCELLED
    }

    public enum LineKind {
        /** A product or a free-text line: quantity × unit price, less the discount. */
        ITEM,
        /** A section title: only its description. */
        SECTION,
        /** The sum of the lines since the last section title (or the start): only its net. */
        SUBTOTAL
    }

    /**
     * The seller as the workspace's branding presents it.
     *
     * @param name the branding's company name, else the workspace's name
     * @param addressLines the address as printed, line by line
     * @param iban grouped by four for reading
     * @param logo null when none
     * @param details the branding as filled in: phone, e-mail, website, legal and bank details, footer text
     */
    public record Seller(String name, List<String> addressLines, String iban, Branding.Logo logo, Branding details) {

        public Seller {
            addressLines = List.copyOf(addressLines);
        }

        public boolean hasBankDetails() {
            return iban != null || details.bic() != null || details.bankName() != null;
        }

        public boolean hasLegalDetails() {
            return details.registrationNumber() != null || details.vatNumber() != null || details.legalForm() != null;
        }
    }

    /** The client: the third party, the contact it is addressed to, the address printed. */
    public record Client(String name, String contactName, List<String> addressLines) {

        public Client {
            addressLines = List.copyOf(addressLines);
        }
    }

    /**
     * One line. Every amount field is null where the kind has none (a section title has no net).
     *
     * @param reference the product's reference, or null
     * @param discountPercent 0 to 100, or null for none
     * @param taxRate in percent (20 for 20 %)
     * @param net the line's net (quantity × unit price less the discount, rounded), or a subtotal's sum
     */
    public record Line(
            LineKind kind,
            String reference,
            String description,
            BigDecimal quantity,
            String unit,
            BigDecimal unitPrice,
            BigDecimal discountPercent,
            BigDecimal taxRate,
            BigDecimal net) {

        public static Line item(
                String reference,
                String description,
                BigDecimal quantity,
                String unit,
                BigDecimal unitPrice,
                BigDecimal discountPercent,
                BigDecimal taxRate,
                BigDecimal net) {
            return new Line(
                    LineKind.ITEM, reference, description, quantity, unit, unitPrice, discountPercent, taxRate, net);
        }

        /** A quote's line as printed: {@code net} is an item's net or a subtotal's sum (see {@link QuoteTotals}). */
        public static Line of(QuoteLine line, BigDecimal net) {
            return switch (line.kind()) {
                case SECTION -> section(line.description());
                case SUBTOTAL -> subtotal(net);
                case ITEM ->
                    item(
                            null,
                            line.description(),
                            line.quantity(),
                            line.unit(),
                            line.unitPrice(),
                            line.discountPercent(),
                            line.taxRate(),
                            net);
            };
        }

        public static Line section(String title) {
            return new Line(LineKind.SECTION, null, title, null, null, null, null, null, null);
        }

        public static Line subtotal(BigDecimal amount) {
            return new Line(LineKind.SUBTOTAL, null, null, null, null, null, null, null, amount);
        }

        public boolean hasDiscount() {
            return discountPercent != null && discountPercent.signum() != 0;
        }
    }

    /** The tax of one rate: the sum of the nets at that rate ({@code base}) and its tax. */
    public record TaxTotal(BigDecimal rate, BigDecimal base, BigDecimal tax) {}

    /** Who accepted the quote online and when (in the workspace's time zone). */
    public record Acceptance(String name, ZonedDateTime at) {}

    public Locale locale() {
        return SupportedLocales.of(language);
    }

    /** Formats numbers, money and dates for this document's language and currency. */
    public DocumentFormat format() {
        return new DocumentFormat(locale(), currency);
    }

    /** The seller's logo as a {@code data:} URI (what the PDF and the pages embed), or null without one. */
    public String logoDataUri() {
        return seller.logo() == null ? null : seller.logo().dataUri();
    }

    public boolean hasDiscounts() {
        return lines.stream().anyMatch(Line::hasDiscount);
    }
}

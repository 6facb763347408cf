package io.relance.quote.document;

import io.relance.workspace.Branding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The seller's block of a document, from the workspace's branding. */
public final class SellerBlock {

    private SellerBlock() {}

    /**
     * The seller as printed: the branding's company name (else {@code workspaceName}), its address line by line with
     * the postal code and city, and the country named in the document's language when the branding names one.
     */
    public static QuoteDocument.Seller of(Branding b, String workspaceName, Locale locale) {
        return new QuoteDocument.Seller(
                b.companyName() != null ? b.companyName() : workspaceName,
                addressLines(b.addressLine(), b.postalCode(), b.city(), b.country(), locale),
                groupedIban(b.iban()),
                b.logo() != null && b.logo().bytes().length > 0 ? b.logo() : null,
                b);
    }

    /** Street lines, then "postal code city", then the country's name (if given) in the document's language. */
    public static List<String> addressLines(
            String street, String postalCode, String city, String country, Locale locale) {
        List<String> lines = new ArrayList<>();
        if (street != null) {
            street.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(lines::add);
        }
        String place = String.join(" ", postalCode == null ? "" : postalCode.strip(), city == null ? "" : city.strip())
                .strip();
        if (!place.isEmpty()) {
            lines.add(place);
        }
        if (country != null && !country.isBlank()) {
            lines.add(new Locale.Builder().setRegion(country.strip()).build().getDisplayCountry(locale));
        }
        return lines;
    }

    /** "FR7630006000011234567890189" → "FR76 3000 6000 0112 3456 7890 189". */
    static String groupedIban(String iban) {
        if (iban == null) {
            return null;
        }
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < iban.length(); i += 4) {
            if (i > 0) {
                grouped.append(' ');
            }
            grouped.append(iban, i, Math.min(i + 4, iban.length()));
        }
        return grouped.toString();
    }
}

package io.relance.workspace;

/**
 * The branding as an admin types it (the settings form and the API): every text optional, {@code version} the one
 * read (0 before the first save). Checked and normalised by {@link BrandingManagement}.
 */
public record BrandingChanges(
        String companyName,
        String addressLine,
        String postalCode,
        String city,
        String country,
        String phone,
        String email,
        String website,
        String registrationNumber,
        String vatNumber,
        String legalForm,
        String bankName,
        String iban,
        String bic,
        String footerText,
        String accentColor,
        Long version) {

    /** What is saved now, as a form shows it again. */
    public static BrandingChanges of(Branding b) {
        return new BrandingChanges(
                b.companyName(),
                b.addressLine(),
                b.postalCode(),
                b.city(),
                b.country(),
                b.phone(),
                b.email(),
                b.website(),
                b.registrationNumber(),
                b.vatNumber(),
                b.legalForm(),
                b.bankName(),
                b.iban(),
                b.bic(),
                b.footerText(),
                b.accentColor(),
                b.version());
    }
}

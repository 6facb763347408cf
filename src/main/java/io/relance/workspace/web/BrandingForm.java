package io.relance.workspace.web;

import io.relance.workspace.Branding;
import io.relance.workspace.BrandingChanges;
import org.springframework.web.multipart.MultipartFile;

/**
 * The branding settings form as a browser posts it: the texts, the version read, a new logo (a file, maybe empty)
 * and whether to take the logo out.
 */
public record BrandingForm(
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
        Long version,
        MultipartFile logo,
        Boolean removeLogo) {

    static BrandingForm of(Branding b) {
        BrandingChanges c = BrandingChanges.of(b);
        return new BrandingForm(
                c.companyName(),
                c.addressLine(),
                c.postalCode(),
                c.city(),
                c.country(),
                c.phone(),
                c.email(),
                c.website(),
                c.registrationNumber(),
                c.vatNumber(),
                c.legalForm(),
                c.bankName(),
                c.iban(),
                c.bic(),
                c.footerText(),
                c.accentColor(),
                c.version(),
                null,
                false);
    }

    BrandingChanges changes() {
        return new BrandingChanges(
                companyName,
                addressLine,
                postalCode,
                city,
                country,
                phone,
                email,
                website,
                registrationNumber,
                vatNumber,
                legalForm,
                bankName,
                iban,
                bic,
                footerText,
                accentColor,
                version);
    }
}

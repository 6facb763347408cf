package io.relance.workspace;

import io.relance.shared.FieldProblem;
import io.relance.shared.InvalidInputException;
import io.relance.shared.Phones;
import io.relance.shared.Text;
import io.relance.shared.WorkspaceId;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a branding may hold: each text cleaned as every module stores text, over-long values refused (never cut),
 * the phone checked for the company's country (else the workspace's), the e-mail and website checked, the IBAN by its
 * check digits (kept without spaces, upper case), the BIC by its shape, the accent colour as {@code #rrggbb}. Every problem is reported at once, beside its
 * field.
 */
final class BrandingRules {

    static final int FOOTER_MAX = 500;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]{2,}$");
    private static final Pattern WEBSITE =
            Pattern.compile("^(https?://)?[\\p{L}0-9.-]+\\.[\\p{L}]{2,}(:\\d+)?(/\\S*)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern VAT = Pattern.compile("[A-Z0-9 .\\-]{2,30}");
    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");
    private static final Pattern BIC = Pattern.compile("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final List<FieldProblem> problems = new ArrayList<>();

    private BrandingRules() {}

    /** The branding to save, or every problem of the changes as field errors. */
    static Branding check(WorkspaceId workspace, String workspaceCountry, BrandingChanges c) {
        BrandingRules rules = new BrandingRules();
        if (c.version() == null || c.version() < 0) {
            rules.problems.add(new FieldProblem("version", "validation.version"));
        }
        String country = rules.country(c.country());
        Branding checked = new Branding(
                workspace,
                rules.line("companyName", c.companyName(), 120),
                rules.text("addressLine", c.addressLine(), 300),
                rules.line("postalCode", c.postalCode(), 20),
                rules.line("city", c.city(), 100),
                country,
                rules.phone(c.phone(), country != null ? country : workspaceCountry),
                rules.email(c.email()),
                rules.website(c.website()),
                rules.line("registrationNumber", c.registrationNumber(), 60),
                rules.vat(c.vatNumber()),
                rules.text("legalForm", c.legalForm(), 300),
                rules.line("bankName", c.bankName(), 120),
                rules.iban(c.iban()),
                rules.bic(c.bic()),
                rules.text("footerText", c.footerText(), FOOTER_MAX),
                rules.accentColor(c.accentColor()),
                null,
                c.version() == null ? 0 : c.version());
        if (!rules.problems.isEmpty()) {
            throw new InvalidInputException(rules.problems);
        }
        return checked;
    }

    /** A text that may span lines (an address, the footer); null when blank. */
    private String text(String field, String value, int max) {
        String clean;
        try {
            clean = Text.clean(Text.normalize(field, value));
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        }
        if (clean != null && clean.length() > max) {
            problems.add(new FieldProblem(field, "validation.size.max", max));
            return null;
        }
        return clean == null ? null : clean.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** A one-line text (a name, a number); a line break is refused. */
    private String line(String field, String value, int max) {
        String clean = text(field, value, max);
        if (clean != null && clean.indexOf('\n') >= 0) {
            problems.add(new FieldProblem(field, "branding.oneLine"));
            return null;
        }
        return clean;
    }

    private String country(String value) {
        String code = line("country", value, 2);
        if (code == null) {
            return null;
        }
        code = code.toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            problems.add(new FieldProblem("country", "validation.country"));
            return null;
        }
        return code;
    }

    private String phone(String value, String region) {
        String phone = line("phone", value, 40);
        if (phone != null && Phones.e164(phone, region).isEmpty()) {
            problems.add(new FieldProblem("phone", "validation.phone"));
            return null;
        }
        return phone;
    }

    private String email(String value) {
        String email = line("email", value, 254);
        if (email != null && !EMAIL.matcher(email).matches()) {
            problems.add(new FieldProblem("email", "validation.email"));
            return null;
        }
        return email == null ? null : email.toLowerCase(Locale.ROOT);
    }

    private String website(String value) {
        String site = line("website", value, 300);
        if (site == null) {
            return null;
        }
        if (!WEBSITE.matcher(site).matches()) {
            problems.add(new FieldProblem("website", "validation.url"));
            return null;
        }
        return site.matches("(?i)^https?://.*") ? site : "https://" + site;
    }

    private String vat(String value) {
        String vat = line("vatNumber", value, 30);
        if (vat == null) {
            return null;
        }
        vat = vat.toUpperCase(Locale.ROOT);
        if (!VAT.matcher(vat).matches()) {
            problems.add(new FieldProblem("vatNumber", "branding.vatNumber.invalid"));
            return null;
        }
        return vat;
    }

    private String iban(String value) {
        String typed = line("iban", value, 42);
        if (typed == null) {
            return null;
        }
        String iban = typed.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
        if (!IBAN.matcher(iban).matches() || !ibanChecksumHolds(iban)) {
            problems.add(new FieldProblem("iban", "branding.iban.invalid"));
            return null;
        }
        return iban;
    }

    /** ISO 13616: the first four characters moved to the end, letters as numbers (A = 10), modulo 97 is 1. */
    static boolean ibanChecksumHolds(String iban) {
        String moved = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char ch : moved.toCharArray()) {
            digits.append(Character.isDigit(ch) ? String.valueOf(ch) : String.valueOf(ch - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }

    private String accentColor(String value) {
        String colour = line("accentColor", value, 7);
        if (colour == null) {
            return null;
        }
        String normalized = AccentColor.normalize(colour);
        if (normalized == null) {
            problems.add(new FieldProblem("accentColor", "branding.accentColor.invalid"));
        }
        return normalized;
    }

    private String bic(String value) {
        String bic = line("bic", value, 11);
        if (bic == null) {
            return null;
        }
        bic = bic.toUpperCase(Locale.ROOT);
        if (!BIC.matcher(bic).matches()) {
            problems.add(new FieldProblem("bic", "branding.bic.invalid"));
            return null;
        }
        return bic;
    }
}

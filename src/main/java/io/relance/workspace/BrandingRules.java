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
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
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

    /**
     * A one-line text made canonical (upper case, no spaces…) then checked: when {@code valid} refuses it, a problem
     * {@code code} beside the field and null.
     */
    private String checked(
            String field,
            String value,
            int max,
            UnaryOperator<String> canonical,
            Predicate<String> valid,
            String code) {
        String typed = line(field, value, max);
        if (typed == null) {
            return null;
        }
        String text = canonical.apply(typed);
        if (text == null || !valid.test(text)) {
            problems.add(new FieldProblem(field, code));
            return null;
        }
        return text;
    }

    private static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }

    private String country(String value) {
        return checked("country", value, 2, BrandingRules::upper, COUNTRIES::contains, "validation.country");
    }

    private String phone(String value, String region) {
        return checked("phone", value, 40, p -> p, p -> Phones.e164(p, region).isPresent(), "validation.phone");
    }

    private String email(String value) {
        return checked(
                "email", value, 254, e -> e.toLowerCase(Locale.ROOT), EMAIL.asMatchPredicate(), "validation.email");
    }

    private String website(String value) {
        String site = checked("website", value, 300, w -> w, WEBSITE.asMatchPredicate(), "validation.url");
        return site == null || site.matches("(?i)^https?://.*") ? site : "https://" + site;
    }

    private String vat(String value) {
        return checked(
                "vatNumber", value, 30, BrandingRules::upper, VAT.asMatchPredicate(), "branding.vatNumber.invalid");
    }

    /** Kept without spaces nor dashes, upper case, when its check digits hold. */
    private String iban(String value) {
        return checked(
                "iban",
                value,
                42,
                typed -> upper(typed.replaceAll("[\\s\\-]", "")),
                iban -> IBAN.matcher(iban).matches() && ibanChecksumHolds(iban),
                "branding.iban.invalid");
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
        return checked("accentColor", value, 7, AccentColor::normalize, c -> true, "branding.accentColor.invalid");
    }

    private String bic(String value) {
        return checked("bic", value, 11, BrandingRules::upper, BIC.asMatchPredicate(), "branding.bic.invalid");
    }
}

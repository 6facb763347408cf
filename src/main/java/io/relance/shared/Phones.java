package io.relance.shared;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Optional;

/** Phone numbers as typed, normalised to E.164 with libphonenumber, the workspace's country as default region. */
public final class Phones {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private Phones() {}

    /** The E.164 form ("+33612345678"), or empty when the text is not a valid number for the region. */
    public static Optional<String> e164(String typed, String defaultRegion) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(
                    typed, defaultRegion == null ? "ZZ" : defaultRegion.strip().toUpperCase(java.util.Locale.ROOT));
            if (!UTIL.isValidNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** The national significant digits of a number ("0612345678" in France), for searching as people type. */
    public static Optional<String> nationalDigits(String typed, String defaultRegion) {
        return e164(typed, defaultRegion).map(e164 -> {
            try {
                Phonenumber.PhoneNumber number = UTIL.parse(e164, null);
                return Text.digits(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.NATIONAL));
            } catch (NumberParseException e) {
                return Text.digits(e164);
            }
        });
    }

    /** Whether a search text looks like a phone number rather than a name. */
    public static boolean looksLikePhone(String text) {
        return text != null
                && text.matches("[+0-9 ().\\-/]{6,}")
                && Text.digits(text).length() >= 6;
    }
}

package io.relance.party.core;

import io.relance.shared.Phones;
import io.relance.shared.Text;

/**
 * What a search box matches a third party on, folded: name, code and aliases, e-mail, the digits of its phones in
 * every form typed, city and postal code. Kept in {@code third_parties.search_text} and on its tag links.
 */
public final class SearchText {

    /** The search text is carried in index entries, which PostgreSQL keeps under 2.7 kB. */
    public static final int MAX_BYTES = 1500;

    private SearchText() {}

    public static String of(ThirdParty t, String region) {
        StringBuilder sb = new StringBuilder();
        append(sb, Text.fold(t.name()));
        append(sb, Text.fold(t.code()));
        append(sb, Text.fold(t.codeAliases()));
        append(sb, Text.fold(t.email()));
        String readIn = t.country() != null ? t.country() : region;
        for (String p : new String[] {t.phone(), t.mobile()}) {
            if (p != null) {
                append(sb, Text.digits(p));
                Phones.e164(p, readIn).ifPresent(e -> append(sb, Text.digits(e)));
                Phones.nationalDigits(p, readIn).ifPresent(d -> append(sb, d));
            }
        }
        append(sb, Text.fold(t.city()));
        append(sb, Text.fold(t.postalCode()));
        return Text.limitBytes(sb.toString(), MAX_BYTES);
    }

    private static void append(StringBuilder sb, String part) {
        if (part != null && !part.isEmpty()) {
            sb.append(sb.isEmpty() ? "" : " ").append(part);
        }
    }
}

package io.relance.party.search;

import io.relance.party.core.ThirdParties;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How a typed name is looked for among the stored ones, by their {@linkplain ThirdParties#nameKey name key} and
 * with index lookups only (equality, or a prefix): the same key; the typed name without its legal form ("Dupont
 * SARL" finds "Dupont"); a stored name made of the typed one's first words ("Dupont Lefèvre" finds "Dupont"); a
 * stored name starting with the typed words ("Dupont" finds "Dupont Lefèvre", "Dupont SA"). A name is matched by
 * whole words: "Dup" finds nothing but "Dup" itself.
 */
public final class DuplicateNames {

    /** Shorter keys are looked for only as they are: "le" would start too many names. */
    public static final int MIN_PREFIX = 3;

    /** A key shorter than this is not looked for at all. */
    public static final int MIN_KEY = 2;

    /** How many leading words of a long name are tried as a stored name. */
    public static final int MAX_WORDS = 6;

    /** Legal forms, as name keys write them ("S.A.R.L." is "sarl"): left out when they end or start a name. */
    public static final Set<String> LEGAL_FORMS = Set.of(
            "sa",
            "sas",
            "sasu",
            "sarl",
            "eurl",
            "sci",
            "snc",
            "sca",
            "scop",
            "selarl",
            "gie", // fr
            "gmbh",
            "ag",
            "kg",
            "ohg",
            "ug",
            "gbr",
            "ev",
            "co", // de
            "sl",
            "slu",
            "sll",
            "srl",
            "spa",
            "sapa", // es, it
            "ltd",
            "limited",
            "llc",
            "llp",
            "lp",
            "inc",
            "plc",
            "corp",
            "bv",
            "nv" // en, nl
            );

    /**
     * What to look for.
     *
     * @param key the typed name's key
     * @param base the key without its legal forms (the key itself when it has none)
     * @param equalTo stored keys that match: the key, the base, and the first words of either
     * @param startingWith stored keys starting with one of these, then a space, match
     */
    public record Lookup(String key, String base, List<String> equalTo, List<String> startingWith) {

        static final Lookup NONE = new Lookup("", "", List.of(), List.of());

        /** Whether a stored key is the same name (rather than one starting like it): a stronger hint. */
        public boolean same(String storedKey) {
            return storedKey.equals(key) || storedKey.equals(base);
        }
    }

    private DuplicateNames() {}

    public static Lookup of(String typed) {
        String key = ThirdParties.nameKey(typed);
        if (key.length() < MIN_KEY) {
            return Lookup.NONE;
        }
        List<String> words = Arrays.asList(key.split(" "));
        List<String> baseWords = new ArrayList<>(words);
        while (baseWords.size() > 1 && LEGAL_FORMS.contains(baseWords.get(baseWords.size() - 1))) {
            baseWords.remove(baseWords.size() - 1);
        }
        while (baseWords.size() > 1 && LEGAL_FORMS.contains(baseWords.get(0))) {
            baseWords.remove(0);
        }
        String base = String.join(" ", baseWords);
        Set<String> equalTo = new LinkedHashSet<>(List.of(key, base));
        Set<String> startingWith = new LinkedHashSet<>();
        for (List<String> w : List.of(words, baseWords)) {
            for (int n = 1; n < Math.min(w.size(), MAX_WORDS + 1); n++) {
                String leading = String.join(" ", w.subList(0, n));
                if (leading.length() >= MIN_PREFIX) {
                    equalTo.add(leading);
                }
            }
            String all = String.join(" ", w);
            if (all.length() >= MIN_PREFIX) {
                startingWith.add(all);
            }
        }
        return new Lookup(key, base, List.copyOf(equalTo), List.copyOf(startingWith));
    }
}

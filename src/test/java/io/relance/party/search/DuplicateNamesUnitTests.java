package io.relance.party.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.party.core.ThirdParties;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DuplicateNamesUnitTests {

    @ParameterizedTest(name = "\"{0}\" has the name key \"{1}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "Société Dupont|societe dupont",
                "  SOCIETE   dupont |societe dupont",
                "Dupont-Lefèvre & Fils|dupont lefevre fils",
                "S.A.R.L. Dupont|sarl dupont",
                "L'Atelier d’Émilie|latelier demilie",
                "Müller & Söhne GmbH & Co. KG|muller sohne gmbh co kg",
                "«Le Café» (Lyon) — 2e|le cafe lyon 2e",
                "100% Bio!|100 bio",
                "Straße_Nord/Süd|strasse nord sud",
                "...|''",
            })
    void aNameKeyIsFoldedWithoutPunctuation(String name, String key) {
        assertThat(ThirdParties.nameKey(name)).isEqualTo(key);
    }

    @Test
    void nonBreakingSpacesAreSpaces() {
        assertThat(ThirdParties.nameKey("Dupont\u00A0SA\u202F!")).isEqualTo("dupont sa");
    }

    @ParameterizedTest(name = "\"{0}\" is looked for as {1}, and as the start of {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                // a stored name equal to the typed one, or to its first words; or starting with all its words
                "Dupont|dupont|dupont",
                "Société Dupont|societe dupont,societe|societe dupont",
                "Dupont Lefèvre et Fils|dupont lefevre et fils,dupont,dupont lefevre,dupont lefevre et|dupont lefevre et fils",
                // without its legal form, first or last, too
                "Dupont SARL|dupont sarl,dupont|dupont sarl,dupont",
                "SAS Dupont|sas dupont,dupont,sas|sas dupont,dupont",
                "Müller GmbH & Co. KG|muller gmbh co kg,muller,muller gmbh,muller gmbh co|muller gmbh co kg,muller",
                // a legal form alone is a name
                "SARL|sarl|sarl",
                // short names: equality only; too short: nothing
                "Le Petit|le petit|le petit",
                "IBM|ibm|ibm",
                "Le|le|''",
                "A|''|''",
                "'  '|''|''",
            })
    void aTypedNameIsLookedForByEqualityAndLeadingWords(String typed, String equalTo, String startingWith) {
        DuplicateNames.Lookup lookup = DuplicateNames.of(typed);
        assertThat(lookup.equalTo()).containsExactlyElementsOf(list(equalTo));
        assertThat(lookup.startingWith()).containsExactlyElementsOf(list(startingWith));
    }

    @Test
    void theSameNameIsAStrongerHintThanLeadingWords() {
        DuplicateNames.Lookup lookup = DuplicateNames.of("Dupont S.A.");
        assertThat(lookup.same("dupont sa")).isTrue();
        assertThat(lookup.same("dupont")).isTrue();
        assertThat(lookup.same("dupont lefevre")).isFalse();
    }

    @Test
    void aLongNameTriesItsFirstWordsOnly() {
        DuplicateNames.Lookup lookup = DuplicateNames.of("one two three four five six seven eight nine");
        assertThat(lookup.equalTo())
                .contains("one two three four five six")
                .doesNotContain("one two three four five six seven");
    }

    private static List<String> list(String csv) {
        return csv == null || csv.isEmpty() ? List.of() : List.of(csv.split(","));
    }
}

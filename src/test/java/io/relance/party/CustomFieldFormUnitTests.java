package io.relance.party;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.party.customfield.CustomFieldForm;
import io.relance.party.customfield.CustomFieldType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CustomFieldFormUnitTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Budget estimé (€)|budget_estime",
                "Surface à rénover m²|surface_a_renover_m",
                "Größe|grosse",
                "  Chœur & cœur  |choeur_coeur",
                "2e contact|f_2e_contact",
                "€€€|''",
                "Un libellé vraiment très long qui dépasse quarante caractères|un_libelle_vraiment_tres_long_qui_depass"
            })
    void theKeyALabelSuggests(String label, String key) {
        assertThat(CustomFieldForm.keyFrom(label)).isEqualTo(key).matches("|[a-z][a-z0-9_]{0,39}");
    }

    @Test
    void anEmptyKeyIsDerivedFromTheLabelAGivenOneKept() {
        assertThat(new CustomFieldForm("", "Budget estimé", CustomFieldType.AMOUNT, List.of(), false, null, null).key())
                .isEqualTo("budget_estime");
        assertThat(new CustomFieldForm(null, "Budget", CustomFieldType.AMOUNT, null, false, null, null).key())
                .isEqualTo("budget");
        assertThat(new CustomFieldForm("enveloppe", "Budget", CustomFieldType.AMOUNT, null, false, null, null).key())
                .isEqualTo("enveloppe");
    }
}

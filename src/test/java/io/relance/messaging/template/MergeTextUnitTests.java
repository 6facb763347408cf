package io.relance.messaging.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MergeTextUnitTests {

    static final List<String> KNOWN = List.of("client.name", "quote.link");

    @Test
    void fieldsAreFilledWithSpacesInsideTheBracesAllowedAndAMissingValueLeftEmpty() {
        assertThat(MergeText.fill(
                        "Hello {{client.name}}, {{ quote.link }}!{{quote.link}}",
                        Map.of("client.name", "Claire", "quote.link", "https://x.test/q/1")))
                .isEqualTo("Hello Claire, https://x.test/q/1!https://x.test/q/1");
        assertThat(MergeText.fill("Hello {{client.name}}.", Map.of())).isEqualTo("Hello .");
    }

    @Test
    void valuesAreInsertedAsTheyAreEvenWithDollarsBackslashesAndBraces() {
        assertThat(MergeText.fill("{{client.name}}", Map.of("client.name", "$1 \\ {{quote.link}}")))
                .isEqualTo("$1 \\ {{quote.link}}");
    }

    @Test
    void unknownFieldsAreNamedOnceInOrderAndALoneBraceIsText() {
        assertThat(MergeText.unknownFields("{{client.nom}} {{client.name}} {{ x }} {{client.nom}} {{", KNOWN))
                .containsExactly("client.nom", "x");
        assertThat(MergeText.unknownFields("Price {in braces} and {{client.name}}", KNOWN))
                .isEmpty();
        assertThat(MergeText.unknownFields("{{}}", KNOWN)).containsExactly("");
    }
}

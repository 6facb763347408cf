package io.relance.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextUnitTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Émilie  Dupont-Lefèvre | emilie dupont-lefevre",
                "ØRSTED                 | orsted",
                "Ørsted                 | orsted",
                "ørsted                 | orsted",
                "Ærø Æble               | aero aeble",
                "Œuvre cœur             | oeuvre coeur",
                "STRAẞE Straße          | strasse strasse",
                "Łódź                   | lodz",
                "Đorđević               | dordevic",
                "Çağrı Şahin            | cagri sahin",
                "  Zoë\tGarcía  Núñez   | zoe garcia nunez",
            })
    void foldsCapitalAndSmallLettersAlikeWithoutAccents(String text, String folded) {
        assertThat(Text.fold(text)).isEqualTo(folded);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"+33 (0)6 12-34 | 33061234", "abc | ''"})
    void keepsOnlyTheDigits(String text, String digits) {
        assertThat(Text.digits(text)).isEqualTo(digits);
    }
}

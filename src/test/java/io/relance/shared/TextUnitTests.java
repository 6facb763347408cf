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

    @org.junit.jupiter.api.Test
    void normalizeComposesAndStripsEveryKindOfSpaceAtTheEdges() {
        assertThat(Text.normalize("name", "\u00A0\u200BCafe\u0301\u2060 \uFEFF"))
                .isEqualTo("Café");
        assertThat(Text.normalize("name", "\u200B\u00A0\u202F")).isEmpty();
        assertThat(Text.clean("\u200B\u00A0")).isNull();
        assertThat(Text.normalize("notes", "line one\r\n\tline two")).isEqualTo("line one\r\n\tline two");
        assertThat(Text.normalize("name", "😀 emoji")).isEqualTo("😀 emoji");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {"a\u0000b", "bell\u0007", "\uD800 half", "half \uDC00", "del\u007F", "c1\u0085"})
    void normalizeRefusesControlCharactersAndBrokenSurrogates(String text) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Text.normalize("name", text))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).problems().get(0).field())
                        .isEqualTo("name"));
    }
}

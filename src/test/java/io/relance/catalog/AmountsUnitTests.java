package io.relance.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.shared.FieldProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Money and rates as typed in four languages or sent as JSON: what is read, and what is refused with which error. */
class AmountsUnitTests {

    /** What reading a value gave: the amount (null when none) and the problems it added. */
    record Read(BigDecimal value, List<FieldProblem> problems) {

        static Read money(String field, Object typed) {
            List<FieldProblem> problems = new ArrayList<>();
            return new Read(Amounts.money(field, typed, problems), problems);
        }

        static Read percent(Object typed) {
            List<FieldProblem> problems = new ArrayList<>();
            return new Read(Amounts.percent("percent", typed, problems), problems);
        }

        /** The one problem's code. */
        String refusedAs() {
            assertThat(value).isNull();
            assertThat(problems).hasSize(1);
            return problems.get(0).code();
        }
    }

    @ParameterizedTest(name = "\"{0}\" reads as {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1234.5|1234.50",
                "1234,5|1234.50",
                "1 234,50|1234.50",
                "1\u202f234,50|1234.50",
                "1\u00a0234,50|1234.50",
                "1.234,50|1234.50",
                "1,234.50|1234.50",
                "1'234.50|1234.50",
                "1.234.567|1234567.00",
                "0|0.00",
                "12.500|12.50",
                "  45 |45.00",
                ".5|0.50",
                "9999999999999.99|9999999999999.99"
            })
    void moneyAsTypedIsRead(String typed, String expected) {
        assertThat(Read.money("unitPrice", typed)).isEqualTo(new Read(new BigDecimal(expected), List.of()));
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "12.345|catalog.money.decimals",
                "0.001|catalog.money.decimals",
                "-1|catalog.money.negative",
                "-0.01|catalog.money.negative",
                "10000000000000|catalog.money.tooLarge",
                "abc|validation.number",
                "1e3|validation.number",
                "1,2,3|validation.number",
                "1.2.3|validation.number",
                "12 €|validation.number",
                "1,234.5,6|validation.number"
            })
    void badMoneyIsAFieldError(String typed, String code) {
        Read read = Read.money("unitPrice", typed);
        assertThat(read.refusedAs()).isEqualTo(code);
        assertThat(read.problems().get(0).field()).isEqualTo("unitPrice");
    }

    @ParameterizedTest(name = "JSON {0} reads as {1}")
    @CsvSource({"19.99,19.99", "20,20.00", "0.1,0.10"})
    void jsonNumbersAreMoneyToo(double number, String expected) {
        assertThat(Read.money("unitPrice", number)).isEqualTo(new Read(new BigDecimal(expected), List.of()));
    }

    @ParameterizedTest(name = "rate \"{0}\" reads as {1}")
    @CsvSource(
            delimiter = '|',
            value = {"20|20", "5,5|5.5", "5.5|5.5", "8.1|8.1", "2.100|2.1", "0|0", "100|100", "13.125|13.125"})
    void ratesReadInPercent(String typed, String expected) {
        Read read = Read.percent(typed);
        assertThat(read.value().toPlainString()).isEqualTo(expected);
        assertThat(read.problems()).isEmpty();
    }

    @ParameterizedTest(name = "rate \"{0}\" is refused: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "100.001|catalog.percent.range",
                "-5|catalog.percent.range",
                "150|catalog.percent.range",
                "5.1234|catalog.percent.decimals",
                "twenty|validation.number"
            })
    void badRatesAreFieldErrors(String typed, String code) {
        assertThat(Read.percent(typed).refusedAs()).isEqualTo(code);
    }

    @ParameterizedTest(name = "{0} is not a number of any kind")
    @CsvSource({"true"})
    void aBooleanIsTheWrongType(boolean value) {
        assertThat(Read.money("unitPrice", value).refusedAs()).isEqualTo("validation.type");
    }

    @ParameterizedTest(name = "blank \"{0}\" is no value, not an error")
    @CsvSource(value = {"''", "'   '"})
    void blankIsNoValue(String typed) {
        assertThat(Read.money("costPrice", typed)).isEqualTo(new Read(null, List.of()));
    }
}

package io.relance.quote.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteTotalsUnitTests {

    static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void theIssuesExampleIsNet319_99Tax56_75Gross376_74() {
        QuoteTotals totals = QuoteTotals.of(
                List.of(
                        QuoteLine.item("Tiles", "3", "m²", "100.00", "10", "20"),
                        QuoteLine.item("Glue", "1", "kg", "49.99", "0", "5.5")),
                EUR);

        assertThat(totals.net()).isEqualByComparingTo("319.99");
        assertThat(totals.tax()).isEqualByComparingTo("56.75");
        assertThat(totals.gross()).isEqualByComparingTo("376.74");
        assertThat(totals.byRate())
                .extracting(QuoteTotals.RateTotal::rate, QuoteTotals.RateTotal::base, QuoteTotals.RateTotal::tax)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                new BigDecimal("5.5"), new BigDecimal("49.99"), new BigDecimal("2.75")),
                        org.assertj.core.groups.Tuple.tuple(
                                new BigDecimal("20"), new BigDecimal("270.00"), new BigDecimal("54.00")));
    }

    @Test
    void eachLinesNetIsRoundedToCentsBeforeTheNetsAreSummedPerRate() {
        // 0.333 × 1.00 = 0.333 → 0.33 per line; three lines: 0.99 net (not 1.00), tax 20 % of 0.99 = 0.198 → 0.20
        QuoteLine third = QuoteLine.item("A third", "0.333", null, "1.00", "0", "20");
        QuoteTotals totals = QuoteTotals.of(List.of(third, third, third), EUR);

        assertThat(totals.lineNets())
                .containsExactly(new BigDecimal("0.33"), new BigDecimal("0.33"), new BigDecimal("0.33"));
        assertThat(totals.net()).isEqualByComparingTo("0.99");
        assertThat(totals.tax()).isEqualByComparingTo("0.20");
    }

    @Test
    void theTaxIsComputedOnEachRatesSumNotPerLine() {
        // per line: 20 % of 0.53 = 0.106 → 0.11, twice 0.22; on the rate's sum: 20 % of 1.06 = 0.212 → 0.21
        QuoteLine cheap = new QuoteLine(
                LineKind.ITEM,
                "Screw",
                BigDecimal.ONE,
                null,
                new BigDecimal("0.53"),
                BigDecimal.ZERO,
                BigDecimal.valueOf(20),
                null,
                false);
        QuoteTotals totals = QuoteTotals.of(List.of(cheap, cheap), EUR);

        assertThat(totals.net()).isEqualByComparingTo("1.06");
        assertThat(totals.tax()).isEqualByComparingTo("0.21");
    }

    @Test
    void aHalfCentOfTaxRoundsUp() {
        // 10 % of 0.05 = 0.005 → 0.01
        QuoteTotals totals = QuoteTotals.of(List.of(QuoteLine.item("x", "1", null, "0.05", "0", "10")), EUR);
        assertThat(totals.tax()).isEqualByComparingTo("0.01");
    }

    @Test
    void aLinesNetRoundsHalfUpToCents() {
        assertThat(QuoteLine.item("x", "1", null, "0.525", "0", "20").net(2)).isEqualByComparingTo("0.53");
        assertThat(QuoteLine.item("x", "3", null, "0.35", "50", "20").net(2)).isEqualByComparingTo("0.53"); // 0.525
    }

    @Test
    void sectionsCountForNothingAndASubtotalSumsTheItemsSinceTheLastOne() {
        QuoteTotals totals = QuoteTotals.of(
                List.of(
                        QuoteLine.section("Kitchen"),
                        QuoteLine.item("Tiles", "2", null, "10.00", "0", "20"),
                        QuoteLine.item("Glue", "1", null, "5.00", "0", "20"),
                        QuoteLine.subtotal("Kitchen"),
                        QuoteLine.section("Bathroom"),
                        QuoteLine.item("Tap", "1", null, "40.00", "0", "20"),
                        QuoteLine.subtotal(null)),
                EUR);

        assertThat(totals.lineNets())
                .containsExactly(
                        new BigDecimal("0.00"),
                        new BigDecimal("20.00"),
                        new BigDecimal("5.00"),
                        new BigDecimal("25.00"),
                        new BigDecimal("0.00"),
                        new BigDecimal("40.00"),
                        new BigDecimal("40.00"));
        assertThat(totals.net()).isEqualByComparingTo("65.00");
        assertThat(totals.gross()).isEqualByComparingTo("78.00");
    }

    @Test
    void aCreditLineLowersTheTotals() {
        QuoteLine credit = new QuoteLine(
                LineKind.ITEM,
                "Deposit already paid",
                new BigDecimal("-1"),
                null,
                new BigDecimal("100.00"),
                BigDecimal.ZERO,
                BigDecimal.valueOf(20),
                null,
                true);
        QuoteTotals totals =
                QuoteTotals.of(List.of(QuoteLine.item("Work", "1", null, "500.00", "0", "20"), credit), EUR);

        assertThat(totals.net()).isEqualByComparingTo("400.00");
        assertThat(totals.tax()).isEqualByComparingTo("80.00");
    }

    @Test
    void aCurrencyWithoutCentsRoundsToUnits() {
        QuoteTotals totals =
                QuoteTotals.of(List.of(QuoteLine.item("x", "3", null, "333", "10", "10")), Currency.getInstance("JPY"));
        assertThat(totals.net()).isEqualByComparingTo("899"); // 899.1
        assertThat(totals.tax()).isEqualByComparingTo("90"); // 89.9
    }
}

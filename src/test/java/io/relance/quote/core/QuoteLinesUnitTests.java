package io.relance.quote.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.shared.FieldProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteLinesUnitTests {

    static final Currency EUR = Currency.getInstance("EUR");

    static LineInput item(String quantity, String price, String discount, String rate, Boolean credit) {
        return new LineInput(
                null,
                "Work",
                quantity == null ? null : new BigDecimal(quantity),
                "h",
                price == null ? null : new BigDecimal(price),
                discount == null ? null : new BigDecimal(discount),
                rate == null ? null : new BigDecimal(rate),
                null,
                credit);
    }

    static List<String> problems(LineInput... lines) {
        List<FieldProblem> problems = new ArrayList<>();
        QuoteLines.read(List.of(lines), EUR, problems);
        return problems.stream().map(p -> p.field() + " " + p.code()).toList();
    }

    @Test
    void aGoodItemIsReadWithItsDefaults() {
        List<FieldProblem> problems = new ArrayList<>();
        List<QuoteLine> lines = QuoteLines.read(List.of(item("2.5", "10", null, "20.0", null)), EUR, problems);

        assertThat(problems).isEmpty();
        assertThat(lines).singleElement().satisfies(l -> {
            assertThat(l.kind()).isEqualTo(LineKind.ITEM);
            assertThat(l.unitPrice()).isEqualTo(new BigDecimal("10.00"));
            assertThat(l.discountPercent()).isEqualTo(BigDecimal.ZERO);
            assertThat(l.taxRate()).isEqualTo(new BigDecimal("20"));
        });
    }

    @Test
    void eachProblemNamesItsLineAndFieldAllAtOnce() {
        assertThat(problems(
                        item("1", "10", "0", "20", null),
                        item("1", "10.005", "0", "20", null),
                        item("1", "10", "101", "20", null),
                        item(null, null, "-1", null, null)))
                .containsExactlyInAnyOrder(
                        "lines[1].unitPrice quote.line.unitPrice.decimals",
                        "lines[2].discountPercent quote.line.percent",
                        "lines[3].quantity validation.required",
                        "lines[3].unitPrice validation.required",
                        "lines[3].discountPercent quote.line.percent",
                        "lines[3].taxRate validation.required");
    }

    @Test
    void aNegativeQuantityNeedsAnExplicitCreditLine() {
        assertThat(problems(item("-1", "10", "0", "20", null)))
                .containsExactly("lines[0].quantity quote.line.quantity.negative");
        assertThat(problems(item("-1", "10", "0", "20", true))).isEmpty();
        assertThat(problems(item("0", "10", "0", "20", true)))
                .containsExactly("lines[0].quantity quote.line.quantity.zero");
    }

    @Test
    void aNegativePriceOrATaxRateAboveAHundredIsRefused() {
        assertThat(problems(item("1", "-5", "0", "120", null)))
                .containsExactly(
                        "lines[0].unitPrice quote.line.unitPrice.negative", "lines[0].taxRate quote.line.percent");
    }

    @Test
    void aSectionNeedsATitleAndAnUnknownKindIsRefused() {
        assertThat(problems(
                        new LineInput("SECTION", " ", null, null, null, null, null, null, null),
                        new LineInput("subtotal", null, null, null, null, null, null, null, null),
                        new LineInput(
                                "DISCOUNT",
                                "x",
                                BigDecimal.ONE,
                                null,
                                BigDecimal.ONE,
                                null,
                                BigDecimal.TEN,
                                null,
                                null)))
                .containsExactly("lines[0].description validation.required", "lines[2].kind validation.choice");
    }
}

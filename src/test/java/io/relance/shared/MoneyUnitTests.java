package io.relance.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyUnitTests {

    @ParameterizedTest
    @CsvSource({"12.345, EUR, 12.35", "12.344, EUR, 12.34", "0.005, EUR, 0.01", "-0.005, EUR, -0.01", "149.5, JPY, 150"
    })
    void roundsHalfUpToTheCurrencysMinorUnit(String amount, String currency, String expected) {
        assertThat(Money.of(amount, currency).rounded().amount()).isEqualByComparingTo(expected);
        assertThat(Money.of(amount, currency).rounded().amount().scale())
                .isEqualTo(java.util.Currency.getInstance(currency).getDefaultFractionDigits());
    }

    @Test
    void addsAndMultipliesExactly() {
        Money line = Money.of("100.00", "EUR").times(new BigDecimal("3")).times(new BigDecimal("0.9"));
        assertThat(line.plus(Money.of("49.99", "EUR"))).isEqualTo(Money.of("319.99", "EUR"));
        assertThat(Money.of("0.1", "EUR").plus(Money.of("0.2", "EUR"))).isEqualTo(Money.of("0.3", "EUR"));
    }

    @Test
    void equalAmountsAreEqualWhateverTheirScale() {
        assertThat(Money.of("12.5", "EUR")).isEqualTo(Money.of("12.50", "EUR"));
        assertThat(Money.of("12.5", "EUR").hashCode())
                .isEqualTo(Money.of("12.50", "EUR").hashCode());
    }

    @Test
    void refusesToMixCurrencies() {
        assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "USD")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

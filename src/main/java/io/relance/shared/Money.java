package io.relance.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in a currency, exact ({@link BigDecimal}, never a double). Arithmetic keeps full precision;
 * {@link #rounded()} rounds half-up to the currency's minor unit (cents for EUR), as documents print it.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        return new Money(amount.add(sameCurrency(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(sameCurrency(other).amount), currency);
    }

    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor), currency);
    }

    /** Half-up to the currency's minor unit (two places for EUR, none for JPY). */
    public Money rounded() {
        int places = Math.max(currency.getDefaultFractionDigits(), 0);
        return new Money(amount.setScale(places, RoundingMode.HALF_UP), currency);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(sameCurrency(other).amount);
    }

    /** Equal amounts whatever their scale: 12.5 EUR is 12.50 EUR. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && other.currency.equals(currency) && other.amount.compareTo(amount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount.stripTrailingZeros(), currency);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }

    private Money sameCurrency(Money other) {
        if (!other.currency.equals(currency)) {
            throw new IllegalArgumentException("Cannot mix " + currency + " and " + other.currency);
        }
        return other;
    }
}

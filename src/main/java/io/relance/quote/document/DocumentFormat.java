package io.relance.quote.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * Numbers, money and dates as a document prints them in its language: "12 345,67 €" in French, "12.345,67 €" in
 * Spanish and German, "€12,345.67" in English (Java's locale data); dates written out ("1 décembre 2026").
 * Amounts arrive rounded by the quote; nothing here rounds money except to the currency's own places for display.
 */
public final class DocumentFormat {

    private final Locale locale;
    private final Currency currency;

    public DocumentFormat(Locale locale, String currency) {
        this.locale = locale;
        this.currency = Currency.getInstance(currency);
    }

    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        int places = Math.max(currency.getDefaultFractionDigits(), 0);
        format.setMinimumFractionDigits(places);
        format.setMaximumFractionDigits(
                Math.max(places, amount.stripTrailingZeros().scale()));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount);
    }

    /** A quantity with the decimals it has (at most three): "1", "2,5", "0,125". */
    public String quantity(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(3);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** A rate given in percent (20 → "20 %" in French, "20%" in English); decimals only when it has some. */
    public String percent(BigDecimal percent) {
        if (percent == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        if (format instanceof DecimalFormat decimal) {
            decimal.setMaximumFractionDigits(2);
        }
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(percent.movePointLeft(2));
    }

    public String date(LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale)
                        .format(date);
    }

    public String dateTime(ZonedDateTime at) {
        return at == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                        .withLocale(locale)
                        .format(at);
    }

    public Locale locale() {
        return locale;
    }
}

package io.relance.quote.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Dates, quantities and percentages of quotes in the user's locale ({@code @quoteFormat} in pages). */
@Component("quoteFormat")
class QuoteFormat {

    public String date(LocalDate date) {
        return date == null
                ? ""
                : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(LocaleContextHolder.getLocale()));
    }

    /** A quantity or a rate as a number of the locale, with no more decimals than it has. */
    public String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
        format.setMaximumFractionDigits(Math.max(value.stripTrailingZeros().scale(), 0));
        format.setMinimumFractionDigits(0);
        return format.format(value);
    }

    /** A rate in percent: {@code 5,5 %} in French, {@code 5.5%} in English. */
    public String percent(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getPercentInstance(LocaleContextHolder.getLocale());
        format.setMaximumFractionDigits(Math.max(value.stripTrailingZeros().scale(), 0));
        return format.format(value.movePointLeft(2));
    }
}

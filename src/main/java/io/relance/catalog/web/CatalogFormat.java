package io.relance.catalog.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Rates as the user's language writes them ({@code @catalogFormat.percent(rate)} in pages): 5.5% in English, 5,5 %
 * in French and German, up to three decimals. Money goes through {@code @money}.
 */
@Component("catalogFormat")
public class CatalogFormat {

    public String percent(BigDecimal percent) {
        if (percent == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getPercentInstance(LocaleContextHolder.getLocale());
        format.setMaximumFractionDigits(3);
        return format.format(percent.movePointLeft(2));
    }

    /** A rate as a form shows it to be typed again: 5,5 in French, 5.5 in English. */
    public String number(BigDecimal value, int decimals) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
        format.setGroupingUsed(false);
        format.setMinimumFractionDigits(decimals == 3 ? 0 : decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }
}

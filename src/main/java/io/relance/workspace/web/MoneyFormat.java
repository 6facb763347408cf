package io.relance.workspace.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Money in the user's locale: 12 345,67 € in French, €12,345.67 in English ({@code @money} in pages). */
@Component("money")
class MoneyFormat {

    public String format(Object amount, String currency) {
        if (amount == null) {
            return "";
        }
        BigDecimal value = amount instanceof BigDecimal b ? b : new BigDecimal(amount.toString());
        NumberFormat format = NumberFormat.getCurrencyInstance(LocaleContextHolder.getLocale());
        format.setCurrency(Currency.getInstance(currency));
        return format.format(value);
    }
}

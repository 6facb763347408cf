package io.relance.workspace.web;

import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A file's size in the user's language ({@code @bytes.format(size)} in pages): "74 B", "1.5 KB", "12 MB"; "74 o",
 * "1,5 Ko" in French. Below ten units one decimal, whole units above; a small file is never "0 KB".
 */
@Component("bytes")
record ByteSizes(MessageSource messages) {

    private static final String[] UNITS = {"bytes.B", "bytes.KB", "bytes.MB", "bytes.GB", "bytes.TB"};

    public String format(Number size) {
        if (size == null) {
            return "";
        }
        return format(size.longValue(), LocaleContextHolder.getLocale());
    }

    String format(long size, Locale locale) {
        double value = Math.max(0, size);
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(unit > 0 && value < 10 ? 1 : 0);
        return messages.getMessage(UNITS[unit], new Object[] {number.format(value)}, locale);
    }
}

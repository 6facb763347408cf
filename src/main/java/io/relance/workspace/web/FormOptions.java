package io.relance.workspace.web;

import io.relance.shared.Role;
import io.relance.shared.SupportedLocales;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The choices the workspace forms offer, named in the user's language. */
@Component("formOptions")
class FormOptions {

    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
            .sorted()
            .toList();

    public List<String> languages() {
        return SupportedLocales.TAGS;
    }

    public List<Role> roles() {
        return List.of(Role.values());
    }

    public List<String> timeZones() {
        return ZONES;
    }

    public List<String> currencies() {
        return Currency.getAvailableCurrencies().stream()
                .map(Currency::getCurrencyCode)
                .sorted(Comparator.naturalOrder())
                .toList();
    }

    /** ISO country codes with their names in the user's language, sorted by name. */
    public Map<String, String> countries() {
        return io.relance.shared.Countries.named(LocaleContextHolder.getLocale());
    }
}

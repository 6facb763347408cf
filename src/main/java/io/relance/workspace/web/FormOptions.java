package io.relance.workspace.web;

import io.relance.shared.Role;
import io.relance.shared.SupportedLocales;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The choices the workspace forms offer, named in the user's language. */
@Component("formOptions")
class FormOptions {

    /** The zones Relance's users most often work in, offered first (French-, Spanish- and German-speaking lands). */
    static final List<String> COMMON_ZONES = List.of(
            "Europe/Paris",
            "Europe/Brussels",
            "Europe/Luxembourg",
            "Europe/Zurich",
            "Europe/Monaco",
            "Europe/Berlin",
            "Europe/Vienna",
            "Europe/Madrid",
            "Atlantic/Canary",
            "Europe/Rome",
            "Europe/Amsterdam",
            "Europe/Lisbon",
            "Europe/London",
            "Europe/Dublin",
            "America/Guadeloupe",
            "America/Martinique",
            "America/Cayenne",
            "Indian/Reunion",
            "Indian/Mayotte",
            "Pacific/Noumea",
            "Pacific/Tahiti",
            "America/Toronto",
            "America/New_York",
            "America/Mexico_City",
            "America/Bogota",
            "America/Argentina/Buenos_Aires",
            "Africa/Casablanca",
            "Africa/Algiers",
            "Africa/Tunis",
            "Africa/Dakar",
            "Africa/Abidjan",
            "UTC");

    private static final List<String> OTHER_ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
            .filter(z -> !COMMON_ZONES.contains(z))
            .sorted()
            .toList();

    /** Currencies in use today: those of the world's countries (no French franc, Mark or peseta). */
    private static final Set<String> CURRENT_CURRENCIES = currentCurrencies();

    private final Clock clock;

    FormOptions(java.util.Optional<Clock> clock) {
        this.clock = clock.orElse(Clock.systemUTC());
    }

    private static Set<String> currentCurrencies() {
        Set<String> codes = new TreeSet<>();
        for (String country : Locale.getISOCountries()) {
            try {
                Currency c = Currency.getInstance(new Locale("", country));
                if (c != null && (!c.getCurrencyCode().startsWith("X") || isRegional(c))) {
                    codes.add(c.getCurrencyCode());
                }
            } catch (IllegalArgumentException e) {
                // a country without a currency of its own (Antarctica)
            }
        }
        return Set.copyOf(codes);
    }

    /** The CFA and CFP francs and the East Caribbean dollar start with X but are money people hold. */
    private static boolean isRegional(Currency c) {
        return Set.of("XAF", "XOF", "XPF", "XCD").contains(c.getCurrencyCode());
    }

    public List<String> languages() {
        return SupportedLocales.TAGS;
    }

    public List<Role> roles() {
        return List.of(Role.values());
    }

    /** The common zones, named by their city and offset: "Paris (UTC+01:00)". */
    public Map<String, String> commonTimeZones() {
        return zoneNames(COMMON_ZONES, true);
    }

    /** Every other zone, by its id made readable: "America/Argentina/Cordoba (UTC−03:00)". */
    public Map<String, String> otherTimeZones() {
        return zoneNames(OTHER_ZONES, false);
    }

    private Map<String, String> zoneNames(Iterable<String> ids, boolean withName) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> named = new LinkedHashMap<>();
        for (String id : ids) {
            named.put(id, zoneName(id, locale, withName));
        }
        return named;
    }

    /** Every zone offered, common ones first. */
    public List<String> timeZones() {
        return java.util.stream.Stream.concat(COMMON_ZONES.stream(), OTHER_ZONES.stream())
                .toList();
    }

    String zoneName(String id, Locale locale, boolean withName) {
        ZoneId zone = ZoneId.of(id);
        ZoneOffset offset = zone.getRules().getStandardOffset(clock.instant());
        String utc =
                "UTC" + (offset.getTotalSeconds() == 0 ? "" : offset.getId().replace('-', '−'));
        if ("UTC".equals(id)) {
            return utc;
        }
        String city = id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
        if (withName) {
            // short enough for a phone's select: the city and its offset
            return city + " (" + utc + ")";
        }
        return id.replace('_', ' ') + " (" + utc + ")";
    }

    /** Currencies in use today, by code, each with its name in the user's language: "EUR · Euro". */
    public Map<String, String> currencies() {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> named = new LinkedHashMap<>();
        CURRENT_CURRENCIES.stream()
                .sorted(Comparator.naturalOrder())
                .map(Currency::getInstance)
                .filter(Objects::nonNull)
                .forEach(c -> named.put(
                        c.getCurrencyCode(),
                        c.getCurrencyCode() + " · " + capitalized(c.getDisplayName(locale), locale)));
        return named;
    }

    private static String capitalized(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    /** ISO country codes with their names in the user's language, sorted by name. */
    public Map<String, String> countries() {
        return io.relance.shared.Countries.named(LocaleContextHolder.getLocale());
    }
}

package io.relance.shared;

import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/** ISO country codes with their names in a language: sorted by name for the pages' country pickers, or one by one. */
public final class Countries {

    /** Each country's time zone (resources/shared/country-zones.properties, from the IANA zone.tab). */
    private static final Map<String, ZoneId> ZONES = loadZones();

    private Countries() {}

    /**
     * The time zone of a country (ISO 3166 code, any case): its only one, or its most populous one where it has
     * several (the United States: New York); empty for a code without one.
     */
    public static Optional<ZoneId> zone(String code) {
        return code == null
                ? Optional.empty()
                : Optional.ofNullable(ZONES.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    private static Map<String, ZoneId> loadZones() {
        Properties zones = new Properties();
        try (InputStream in = Countries.class.getResourceAsStream("/shared/country-zones.properties")) {
            if (in != null) {
                zones.load(in);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the countries' time zones", e);
        }
        Map<String, ZoneId> byCountry = new HashMap<>();
        zones.forEach((country, zone) -> {
            try {
                byCountry.put(country.toString(), ZoneId.of(zone.toString()));
            } catch (DateTimeException e) {
                // a zone this Java does not know: the country has none here
            }
        });
        return Map.copyOf(byCountry);
    }

    /** The name of one country in the language; a code Java does not know stays as it is. */
    public static String name(String code, Locale locale) {
        String name = new Locale("", code).getDisplayCountry(locale);
        return name.isBlank() || name.equals(code) ? code : name;
    }

    public static Map<String, String> named(Locale locale) {
        Map<String, String> byName = new TreeMap<>();
        for (String code : Locale.getISOCountries()) {
            byName.put(new Locale("", code).getDisplayCountry(locale) + "\u0000" + code, code);
        }
        Map<String, String> result = new LinkedHashMap<>();
        byName.forEach((name, code) -> result.put(code, name.substring(0, name.indexOf('\u0000'))));
        return result;
    }
}

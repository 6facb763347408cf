package io.relance.shared;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** ISO country codes with their names in a language: sorted by name for the pages' country pickers, or one by one. */
public final class Countries {

    private Countries() {}

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

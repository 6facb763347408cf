package io.relance.catalog.taxrate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The usual rates of a country, given to a new workspace (its admin changes them under Settings → Tax rates): the
 * standard rate is the default. A country not listed gets one rate of 20 % named "Tax 20 %", for the admin to rename
 * or change. Rates as published for 2026; the admin keeps them current.
 */
public final class TaxRateDefaults {

    /** One usual rate: its name and percentage. */
    public record Usual(String name, BigDecimal percent) {}

    static final List<Usual> ELSEWHERE = List.of(usual("Tax 20 %", "20"));

    private static final Map<String, List<Usual>> BY_COUNTRY = Map.ofEntries(
            Map.entry("FR", rates("TVA", "20", "10", "5.5", "2.1", "0")),
            Map.entry("BE", rates("TVA", "21", "12", "6", "0")),
            Map.entry("LU", rates("TVA", "17", "14", "8", "3", "0")),
            Map.entry("MC", rates("TVA", "20", "10", "5.5", "2.1", "0")),
            Map.entry("CH", rates("MWST", "8.1", "3.8", "2.6", "0")),
            Map.entry("DE", rates("MwSt.", "19", "7", "0")),
            Map.entry("AT", rates("USt.", "20", "13", "10", "0")),
            Map.entry("ES", rates("IVA", "21", "10", "4", "0")),
            Map.entry("IT", rates("IVA", "22", "10", "5", "4", "0")),
            Map.entry("PT", rates("IVA", "23", "13", "6", "0")),
            Map.entry("NL", rates("BTW", "21", "9", "0")),
            Map.entry("GB", rates("VAT", "20", "5", "0")),
            Map.entry("IE", rates("VAT", "23", "13.5", "9", "0")));

    private TaxRateDefaults() {}

    /** The usual rates of a country (ISO code), the standard one first: it becomes the default. */
    public static List<Usual> of(String country) {
        return country == null ? ELSEWHERE : BY_COUNTRY.getOrDefault(country, ELSEWHERE);
    }

    /** Names as written in the country: a decimal comma, except where English is written ("VAT 13.5 %"). */
    private static List<Usual> rates(String tax, String... percents) {
        boolean comma = !tax.equals("VAT");
        return java.util.Arrays.stream(percents)
                .map(p -> usual(tax + " " + (comma ? p.replace('.', ',') : p) + " %", p))
                .toList();
    }

    private static Usual usual(String name, String percent) {
        return new Usual(name, new BigDecimal(percent));
    }
}

package io.relance.workspace.web;

import io.relance.shared.Countries;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Countries as the pages show them ({@code @countries}): the name of an ISO code in the user's language, and in an
 * address nothing at all for the workspace's own country ("75011 Paris" in a French workspace, "10115 Berlin
 * Allemagne" for a German address read in French).
 */
@Component("countries")
class CountryNames {

    /** The country's name in the user's language; a code Java does not know stays as it is; null is empty. */
    public String name(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return Countries.name(code, LocaleContextHolder.getLocale());
    }

    /** The country as the end of an address: nothing for the workspace's own country, its name otherwise. */
    public String inAddress(String code, String ownCountry) {
        return code == null || code.equalsIgnoreCase(ownCountry) ? "" : name(code);
    }
}

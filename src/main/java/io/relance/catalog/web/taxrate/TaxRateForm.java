package io.relance.catalog.web.taxrate;

import io.relance.catalog.input.Fields;
import io.relance.catalog.taxrate.TaxRate;
import io.relance.catalog.taxrate.TaxRateChanges;
import io.relance.catalog.web.CatalogFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The form of a tax rate as the browser posts it, the percent as typed ("5,5" or "5.5"). A box unticked is absent:
 * {@code defaultRate} null leaves the default where it is, {@code active} null is "not active".
 */
record TaxRateForm(String name, String percent, Boolean defaultRate, Boolean active, Long version) {

    static TaxRateForm empty() {
        return new TaxRateForm("", "", false, true, null);
    }

    static TaxRateForm of(TaxRate r, CatalogFormat format) {
        return new TaxRateForm(r.name(), format.number(r.percent(), 3), r.isDefault(), r.active(), r.version());
    }

    TaxRateChanges changes() {
        Map<String, Object> typed = new LinkedHashMap<>();
        typed.put("name", name);
        typed.put("percent", percent);
        Map<String, Object> json = Fields.fromForm(typed);
        json.put("active", Boolean.TRUE.equals(active));
        if (Boolean.TRUE.equals(defaultRate)) {
            json.put("isDefault", true);
        }
        if (version != null) {
            json.put("version", version);
        }
        return TaxRateChanges.read(json);
    }
}

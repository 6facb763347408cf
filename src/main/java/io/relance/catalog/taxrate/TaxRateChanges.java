package io.relance.catalog.taxrate;

import io.relance.catalog.input.Fields;
import io.relance.shared.FieldProblem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a create or a PATCH of a tax rate asks, read from JSON (or a form): {@code name}, {@code percent} (0 to 100,
 * at most three decimals), {@code isDefault}, {@code active}, and for a change the {@code version} read. A key absent
 * leaves the value as it is; {@code problems} are the fields found bad.
 */
public record TaxRateChanges(
        Optional<String> name,
        Optional<BigDecimal> percent,
        Optional<Boolean> isDefault,
        Optional<Boolean> active,
        Long version,
        List<FieldProblem> problems) {

    public static final int NAME_MAX = 60;

    static final Set<String> KNOWN =
            Set.of("name", "percent", "isDefault", "active", "version", "id", "createdAt", "updatedAt");

    public TaxRateChanges {
        problems = List.copyOf(problems);
    }

    public static TaxRateChanges read(Map<String, Object> json) {
        Fields f = new Fields(json, KNOWN);
        return new TaxRateChanges(
                f.requiredText("name", NAME_MAX),
                f.percent("percent"),
                f.bool("isDefault"),
                f.bool("active"),
                f.version(),
                f.problems());
    }
}

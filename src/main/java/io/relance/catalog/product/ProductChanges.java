package io.relance.catalog.product;

import io.relance.catalog.input.Fields;
import io.relance.shared.FieldProblem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What a create or a PATCH of a product asks, read from JSON (or a form) and checked field by field: a key absent
 * leaves the value as it is, {@code null} clears an optional one. {@code problems} are the fields found bad while
 * reading; the use case adds what only the workspace can tell (a reference taken, an unknown rate) and refuses them
 * all in one answer.
 */
public record ProductChanges(
        Optional<String> reference,
        Optional<String> label,
        Optional<Optional<String>> description,
        Optional<Optional<String>> unit,
        Optional<BigDecimal> unitPrice,
        Optional<Optional<BigDecimal>> costPrice,
        Optional<UUID> taxRateId,
        Optional<ProductKind> kind,
        Optional<Boolean> active,
        Long version,
        List<FieldProblem> problems) {

    public static final int REFERENCE_MAX = 60;
    public static final int LABEL_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int UNIT_MAX = 20;

    /** The fields a body may hold: what it may change, and what a GET answered (ignored), so a GET can be sent back. */
    static final Set<String> KNOWN = Set.of(
            "reference",
            "label",
            "description",
            "unit",
            "unitPrice",
            "costPrice",
            "taxRateId",
            "kind",
            "active",
            "version",
            "id",
            "taxRateName",
            "currency",
            "taxRatePercent",
            "createdAt",
            "updatedAt");

    public ProductChanges {
        problems = List.copyOf(problems);
    }

    public static ProductChanges read(Map<String, Object> json) {
        Fields f = new Fields(json, KNOWN);
        return new ProductChanges(
                f.requiredText("reference", REFERENCE_MAX),
                f.requiredText("label", LABEL_MAX),
                f.text("description", DESCRIPTION_MAX),
                f.text("unit", UNIT_MAX),
                f.money("unitPrice"),
                f.optionalMoney("costPrice"),
                f.uuid("taxRateId"),
                f.choice("kind", ProductKind.class),
                f.bool("active"),
                f.version(),
                f.problems());
    }

    public boolean refused(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }
}

package io.relance.object.profile;

import io.relance.object.SalesObjectType;
import io.relance.object.core.SalesObjectChanges;
import io.relance.object.input.JsonInput;
import io.relance.shared.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What a create or a PATCH of a search profile asks, read field by field: absent leaves a value, {@code null} clears
 * it. {@code places} are postal codes or cities (at most 50), {@code mustHave} and {@code niceToHave} feature keys (at
 * most 50 each; a key in both is a must-have).
 */
public record SearchProfileChanges(
        Optional<UUID> thirdPartyId,
        Optional<Optional<UUID>> contactId,
        Optional<Optional<SalesObjectType>> objectType,
        Optional<Optional<BigDecimal>> priceMin,
        Optional<Optional<BigDecimal>> priceMax,
        Optional<Optional<BigDecimal>> roomsMin,
        Optional<Optional<BigDecimal>> areaMin,
        Optional<List<String>> places,
        Optional<List<String>> mustHave,
        Optional<List<String>> niceToHave,
        Optional<Optional<LocalDate>> expiresOn,
        Long version,
        List<FieldProblem> problems) {

    public static final int LIST_MAX = 50;

    static final Set<String> KNOWN = Set.of(
            "thirdpartyId",
            "contactId",
            "objectType",
            "priceMin",
            "priceMax",
            "roomsMin",
            "areaMin",
            "places",
            "mustHave",
            "niceToHave",
            "expiresOn",
            "version",
            "id",
            "expired",
            "createdAt",
            "updatedAt");

    public SearchProfileChanges {
        problems = List.copyOf(problems);
    }

    public static SearchProfileChanges read(Map<String, Object> json) {
        JsonInput in = new JsonInput(json, KNOWN);
        Optional<Optional<SalesObjectType>> type = Optional.empty();
        if (in.has("objectType")) {
            Object raw = in.raw("objectType");
            type = raw == null || raw instanceof String s && s.isBlank()
                    ? Optional.of(Optional.empty())
                    : in.choice("objectType", SalesObjectType.class).map(Optional::of);
        }
        return new SearchProfileChanges(
                in.uuid("thirdpartyId"),
                in.optionalUuid("contactId"),
                type,
                in.number("priceMin", 2, SalesObjectChanges.PRICE_MAX),
                in.number("priceMax", 2, SalesObjectChanges.PRICE_MAX),
                in.number("roomsMin", 1, SalesObjectChanges.ROOMS_MAX),
                in.number("areaMin", 2, SalesObjectChanges.AREA_MAX),
                in.texts("places", SalesObjectChanges.CITY_MAX, LIST_MAX),
                in.keys("mustHave", LIST_MAX),
                in.keys("niceToHave", LIST_MAX),
                in.date("expiresOn"),
                in.version(),
                in.problems());
    }

    public boolean refused(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }
}

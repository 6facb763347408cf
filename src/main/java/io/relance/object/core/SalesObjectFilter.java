package io.relance.object.core;

import io.relance.object.SalesObjectStatus;
import io.relance.object.SalesObjectType;
import io.relance.shared.FieldProblem;
import io.relance.shared.InvalidInputException;
import io.relance.shared.Text;
import io.relance.shared.UserId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * What the list of objects is filtered on: {@code q} (words of the reference, title, city or postal code),
 * {@code status} (one or several, comma-separated), {@code type}, {@code owner} ({@code me} or an id), {@code place}
 * (a postal code or a city), {@code priceMin}/{@code priceMax}. Always sorted by title.
 */
public record SalesObjectFilter(
        String q,
        Set<SalesObjectStatus> statuses,
        SalesObjectType type,
        UUID ownerId,
        String place,
        BigDecimal priceMin,
        BigDecimal priceMax) {

    public static final int Q_MAX = 200;

    public static SalesObjectFilter of(
            String q, List<String> status, String type, String owner, String place, String min, String max, UserId me) {
        List<FieldProblem> problems = new ArrayList<>();
        String query = Text.clean("q", q, Q_MAX, problems);
        String where = Text.clean("place", place, 100, problems);
        Set<SalesObjectStatus> statuses = EnumSet.noneOf(SalesObjectStatus.class);
        for (String s : status == null ? List.<String>of() : status) {
            for (String one : s.split(",")) {
                String v = Text.clean(one);
                if (v != null) {
                    choice(v, SalesObjectStatus.class, "status", problems).ifPresent(statuses::add);
                }
            }
        }
        String t = Text.clean(type);
        SalesObjectType objectType = t == null
                ? null
                : choice(t, SalesObjectType.class, "type", problems).orElse(null);
        UUID ownerId = null;
        String o = Text.clean(owner);
        if (o != null) {
            try {
                ownerId = o.equals("me") ? me.value() : UUID.fromString(o);
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("owner", "validation.choice"));
            }
        }
        BigDecimal priceMin = amount("priceMin", min, problems);
        BigDecimal priceMax = amount("priceMax", max, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new SalesObjectFilter(query, statuses, objectType, ownerId, where, priceMin, priceMax);
    }

    public boolean isEmpty() {
        return q == null
                && statuses.isEmpty()
                && type == null
                && ownerId == null
                && place == null
                && priceMin == null
                && priceMax == null;
    }

    private static BigDecimal amount(String field, String typed, List<FieldProblem> problems) {
        String v = Text.clean(typed);
        return v == null ? null : io.relance.catalog.Amounts.money(field, v, problems);
    }

    private static <E extends Enum<E>> java.util.Optional<E> choice(
            String value, Class<E> type, String field, List<FieldProblem> problems) {
        try {
            return java.util.Optional.of(Enum.valueOf(type, value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "validation.choice"));
            return java.util.Optional.empty();
        }
    }
}

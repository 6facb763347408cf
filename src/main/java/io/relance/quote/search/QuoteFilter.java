package io.relance.quote.search;

import io.relance.party.ThirdPartyId;
import io.relance.quote.QuoteStatus;
import io.relance.shared.FieldProblem;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.relance.shared.UserId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.util.MultiValueMap;

/**
 * The quote list's filters, read from query parameters: {@code status} (repeatable or comma-separated),
 * {@code owner} ({@code me} or a user id), {@code thirdpartyId}, {@code createdFrom}/{@code createdTo} (days in the
 * workspace's time zone, {@code To} exclusive), {@code totalMin}/{@code totalMax} (the gross total), {@code sort}
 * (see {@link QuoteSort}). Anything unknown or malformed is a field error.
 */
public record QuoteFilter(
        Set<QuoteStatus> statuses,
        UserId owner,
        ThirdPartyId thirdParty,
        LocalDate createdFrom,
        LocalDate createdTo,
        BigDecimal totalMin,
        BigDecimal totalMax,
        QuoteSort sort) {

    public static final Set<String> PARAMETERS = Set.of(
            "status",
            "owner",
            "thirdpartyId",
            "createdFrom",
            "createdTo",
            "totalMin",
            "totalMax",
            "sort",
            "limit",
            "cursor");

    public static QuoteFilter none() {
        return new QuoteFilter(Set.of(), null, null, null, null, null, null, QuoteSort.DEFAULT);
    }

    public static QuoteFilter read(RelanceUser me, MultiValueMap<String, String> params) {
        List<FieldProblem> problems = new ArrayList<>();
        for (String key : params.keySet()) {
            if (!PARAMETERS.contains(key) && !key.equals("_csrf")) {
                problems.add(new FieldProblem(key, "validation.unknownFilter"));
            }
        }
        Set<QuoteStatus> statuses = EnumSet.noneOf(QuoteStatus.class);
        for (String value : params.getOrDefault("status", List.of())) {
            for (String part : value.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    statuses.add(QuoteStatus.valueOf(part.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    problems.add(new FieldProblem("status", "validation.choice"));
                }
            }
        }
        UserId owner = null;
        String ownerText = blankToNull(params.getFirst("owner"));
        if ("me".equals(ownerText)) {
            owner = me.userId();
        } else if (ownerText != null) {
            owner = uuid("owner", ownerText, problems) == null ? null : new UserId(Ids.parse(ownerText));
        }
        String tp = blankToNull(params.getFirst("thirdpartyId"));
        ThirdPartyId thirdParty =
                tp == null || uuid("thirdpartyId", tp, problems) == null ? null : new ThirdPartyId(Ids.parse(tp));
        LocalDate from = date("createdFrom", params.getFirst("createdFrom"), problems);
        LocalDate to = date("createdTo", params.getFirst("createdTo"), problems);
        BigDecimal min = amount("totalMin", params.getFirst("totalMin"), problems);
        BigDecimal max = amount("totalMax", params.getFirst("totalMax"), problems);
        QuoteSort sort = QuoteSort.parse(params.getFirst("sort"), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new QuoteFilter(Set.copyOf(statuses), owner, thirdParty, from, to, min, max, sort);
    }

    /** The filters as query parameters (for links that keep them), without sort, limit and cursor. */
    public Map<String, String> asParameters() {
        Map<String, String> p = new java.util.LinkedHashMap<>();
        if (!statuses.isEmpty()) {
            p.put(
                    "status",
                    String.join(",", statuses.stream().map(Enum::name).sorted().toList()));
        }
        if (owner != null) {
            p.put("owner", owner.value().toString());
        }
        if (thirdParty != null) {
            p.put("thirdpartyId", thirdParty.value().toString());
        }
        if (createdFrom != null) {
            p.put("createdFrom", createdFrom.toString());
        }
        if (createdTo != null) {
            p.put("createdTo", createdTo.toString());
        }
        if (totalMin != null) {
            p.put("totalMin", totalMin.toPlainString());
        }
        if (totalMax != null) {
            p.put("totalMax", totalMax.toPlainString());
        }
        return p;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Object uuid(String field, String text, List<FieldProblem> problems) {
        try {
            return java.util.UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "validation.type"));
            return null;
        }
    }

    private static LocalDate date(String field, String text, List<FieldProblem> problems) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "validation.date"));
            return null;
        }
    }

    private static BigDecimal amount(String field, String text, List<FieldProblem> problems) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "validation.number"));
            return null;
        }
    }
}

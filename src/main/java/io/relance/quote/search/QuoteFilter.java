package io.relance.quote.search;

import io.relance.party.ThirdPartyId;
import io.relance.quote.QuoteStatus;
import io.relance.shared.FieldProblem;
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
import java.util.UUID;
import java.util.function.Function;
import org.springframework.util.MultiValueMap;

/**
 * The quote list's filters, read from query parameters: {@code status} (repeatable or comma-separated),
 * {@code owner} ({@code me} or a user id), {@code thirdpartyId}, {@code createdFrom}/{@code createdTo} (days in the
 * workspace's time zone, {@code To} exclusive), {@code totalMin}/{@code totalMax} (the gross total),
 * {@code engagementMin}/{@code engagementMax} (the score 0–100; never opened counts as 0), {@code sort}
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
        Integer engagementMin,
        Integer engagementMax,
        QuoteSort sort) {

    public static final Set<String> PARAMETERS = Set.of(
            "status",
            "owner",
            "thirdpartyId",
            "createdFrom",
            "createdTo",
            "totalMin",
            "totalMax",
            "engagementMin",
            "engagementMax",
            "sort",
            "limit",
            "cursor");

    public static QuoteFilter none() {
        return new QuoteFilter(Set.of(), null, null, null, null, null, null, null, null, QuoteSort.DEFAULT);
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
                QuoteStatus status = parsed(
                        "status",
                        part,
                        v -> QuoteStatus.valueOf(v.toUpperCase(Locale.ROOT)),
                        "validation.choice",
                        problems);
                if (status != null) {
                    statuses.add(status);
                }
            }
        }
        String ownerText = blankToNull(params.getFirst("owner"));
        UUID ownerId = "me".equals(ownerText) ? me.userId().value() : uuid("owner", ownerText, problems);
        UserId owner = ownerId == null ? null : new UserId(ownerId);
        UUID tp = uuid("thirdpartyId", params.getFirst("thirdpartyId"), problems);
        ThirdPartyId thirdParty = tp == null ? null : new ThirdPartyId(tp);
        LocalDate from = date("createdFrom", params.getFirst("createdFrom"), problems);
        LocalDate to = date("createdTo", params.getFirst("createdTo"), problems);
        BigDecimal min = amount("totalMin", params.getFirst("totalMin"), problems);
        BigDecimal max = amount("totalMax", params.getFirst("totalMax"), problems);
        Integer engagementMin = score("engagementMin", params.getFirst("engagementMin"), problems);
        Integer engagementMax = score("engagementMax", params.getFirst("engagementMax"), problems);
        QuoteSort sort = QuoteSort.parse(params.getFirst("sort"), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new QuoteFilter(
                Set.copyOf(statuses), owner, thirdParty, from, to, min, max, engagementMin, engagementMax, sort);
    }

    /** The filters as query parameters (for links that keep them), without sort, limit and cursor. */
    public Map<String, String> asParameters() {
        Map<String, String> p = new java.util.LinkedHashMap<>();
        if (!statuses.isEmpty()) {
            p.put(
                    "status",
                    String.join(",", statuses.stream().map(Enum::name).sorted().toList()));
        }
        put(p, "owner", owner == null ? null : owner.value());
        put(p, "thirdpartyId", thirdParty == null ? null : thirdParty.value());
        put(p, "createdFrom", createdFrom);
        put(p, "createdTo", createdTo);
        put(p, "totalMin", totalMin == null ? null : totalMin.toPlainString());
        put(p, "totalMax", totalMax == null ? null : totalMax.toPlainString());
        put(p, "engagementMin", engagementMin);
        put(p, "engagementMax", engagementMax);
        return p;
    }

    private static void put(Map<String, String> p, String key, Object value) {
        if (value != null) {
            p.put(key, value.toString());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static UUID uuid(String field, String text, List<FieldProblem> problems) {
        return parsed(field, text, UUID::fromString, "validation.type", problems);
    }

    private static LocalDate date(String field, String text, List<FieldProblem> problems) {
        return parsed(field, text, LocalDate::parse, "validation.date", problems);
    }

    /** An engagement score bound: a whole number from 0 to 100. */
    private static Integer score(String field, String text, List<FieldProblem> problems) {
        return parsed(
                field,
                text,
                v -> {
                    int score = Integer.parseInt(v);
                    return score >= 0 && score <= 100 ? score : null;
                },
                "quote.filter.score",
                problems);
    }

    private static BigDecimal amount(String field, String text, List<FieldProblem> problems) {
        return parsed(field, text, v -> new BigDecimal(v.replace(',', '.')), "validation.number", problems);
    }

    /**
     * A bound as typed: null when blank; else what {@code parse} makes of it, stripped, or null and a problem
     * {@code code} on the field when it throws or answers null.
     */
    private static <T> T parsed(
            String field, String text, Function<String, T> parse, String code, List<FieldProblem> problems) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            T parsedValue = parse.apply(value);
            if (parsedValue != null) {
                return parsedValue;
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            // told below
        }
        problems.add(new FieldProblem(field, code));
        return null;
    }
}

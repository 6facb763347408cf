package io.relance.party.search;

import io.relance.party.ProspectStatus;
import io.relance.shared.FieldProblem;
import io.relance.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A list filter, as query parameters name it ({@code status=CONTACTED&tag=vip&owner=me&q=dupont&sort=-createdAt}).
 * Values are checked here and only ever reach SQL as bound parameters.
 */
public record ThirdPartyFilter(
        String q,
        Boolean prospect,
        Boolean customer,
        Boolean individual,
        List<ProspectStatus> statuses,
        List<String> potentials,
        List<String> tags,
        String owner,
        String city,
        String country,
        Instant createdFrom,
        Instant createdTo,
        Instant updatedFrom,
        Instant updatedTo,
        Map<String, String> customFields,
        String sort,
        boolean deleted) {

    public static final Set<String> PARAMS = Set.of(
            "q",
            "prospect",
            "customer",
            "individual",
            "status",
            "potential",
            "tag",
            "owner",
            "city",
            "country",
            "createdFrom",
            "createdTo",
            "updatedFrom",
            "updatedTo",
            "sort",
            "deleted",
            "limit",
            "cursor",
            "segment");

    public static ThirdPartyFilter empty() {
        return new ThirdPartyFilter(
                null, null, null, null, List.of(), List.of(), List.of(), null, null, null, null, null, null, null,
                Map.of(), "name", false);
    }

    /** Reads the filter from query parameters; dates are days in the workspace's time zone or ISO instants. */
    public static ThirdPartyFilter fromParams(MultiValueMap<String, String> params, ZoneId zone) {
        List<FieldProblem> problems = new ArrayList<>();
        List<ProspectStatus> statuses = new ArrayList<>();
        for (String s : values(params, "status")) {
            try {
                statuses.add(ProspectStatus.valueOf(s));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("status", "validation.choice"));
            }
        }
        Map<String, String> custom = new LinkedHashMap<>();
        for (String key : params.keySet()) {
            if (key.startsWith("cf.")) {
                String value = params.getFirst(key);
                if (value != null && !value.isBlank()) {
                    custom.put(key.substring(3), value.strip());
                }
            } else if (!PARAMS.contains(key)) {
                problems.add(new FieldProblem(key, "validation.unknownFilter"));
            }
        }
        ThirdPartyFilter filter = new ThirdPartyFilter(
                blankToNull(params.getFirst("q")),
                bool(params, "prospect", problems),
                bool(params, "customer", problems),
                bool(params, "individual", problems),
                List.copyOf(statuses),
                values(params, "potential"),
                values(params, "tag"),
                blankToNull(params.getFirst("owner")),
                blankToNull(params.getFirst("city")),
                blankToNull(params.getFirst("country")),
                instant(params, "createdFrom", zone, false, problems),
                instant(params, "createdTo", zone, true, problems),
                instant(params, "updatedFrom", zone, false, problems),
                instant(params, "updatedTo", zone, true, problems),
                Map.copyOf(custom),
                blankToNull(params.getFirst("sort")) == null
                        ? "name"
                        : params.getFirst("sort").strip(),
                "true".equals(params.getFirst("deleted")));
        if (filter.q() != null && filter.q().length() > 200) {
            problems.add(new FieldProblem("q", "validation.size.max", 200));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return filter;
    }

    /** The query string of this filter, to save it as a segment or to link to it. */
    public MultiValueMap<String, String> toParams() {
        MultiValueMap<String, String> p = new LinkedMultiValueMap<>();
        put(p, "q", q);
        put(p, "prospect", prospect);
        put(p, "customer", customer);
        put(p, "individual", individual);
        statuses.forEach(s -> p.add("status", s.name()));
        potentials.forEach(v -> p.add("potential", v));
        tags.forEach(v -> p.add("tag", v));
        put(p, "owner", owner);
        put(p, "city", city);
        put(p, "country", country);
        put(p, "createdFrom", createdFrom);
        put(p, "createdTo", createdTo);
        put(p, "updatedFrom", updatedFrom);
        put(p, "updatedTo", updatedTo);
        customFields.forEach((k, v) -> p.add("cf." + k, v));
        if (!"name".equals(sort)) {
            p.add("sort", sort);
        }
        if (deleted) {
            p.add("deleted", "true");
        }
        return p;
    }

    /** Reads a query string ({@code status=CONTACTED&tag=vip}) back into parameters, decoded. */
    public static MultiValueMap<String, String> parseQuery(String query) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        org.springframework.web.util.UriComponentsBuilder.fromUriString("/?" + (query == null ? "" : query))
                .build()
                .getQueryParams()
                .forEach((k, vs) -> vs.forEach(v -> params.add(
                        k, v == null ? null : java.net.URLDecoder.decode(v, java.nio.charset.StandardCharsets.UTF_8))));
        return params;
    }

    public boolean isEmpty() {
        return toParams().isEmpty();
    }

    private static void put(MultiValueMap<String, String> p, String key, Object value) {
        if (value != null) {
            p.add(key, value.toString());
        }
    }

    private static List<String> values(MultiValueMap<String, String> params, String key) {
        List<String> raw = params.get(key);
        if (raw == null) {
            return List.of();
        }
        return raw.stream()
                .flatMap(v -> java.util.Arrays.stream(v.split(",")))
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .distinct()
                .toList();
    }

    private static Boolean bool(MultiValueMap<String, String> params, String key, List<FieldProblem> problems) {
        String v = blankToNull(params.getFirst(key));
        if (v == null) {
            return null;
        }
        if (v.equals("true") || v.equals("false")) {
            return Boolean.valueOf(v);
        }
        problems.add(new FieldProblem(key, "validation.type"));
        return null;
    }

    private static Instant instant(
            MultiValueMap<String, String> params,
            String key,
            ZoneId zone,
            boolean endOfDay,
            List<FieldProblem> problems) {
        String v = blankToNull(params.getFirst(key));
        if (v == null) {
            return null;
        }
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            }
            return Instant.parse(v);
        } catch (RuntimeException e) {
            problems.add(new FieldProblem(key, "validation.date"));
            return null;
        }
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }
}

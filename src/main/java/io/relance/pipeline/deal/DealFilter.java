package io.relance.pipeline.deal;

import io.relance.shared.FieldProblem;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.util.MultiValueMap;

/**
 * The deal list's filters, read from query parameters: {@code pipeline} (a key), {@code phase} (keys, repeatable or
 * comma-separated), {@code objectId}, {@code thirdpartyId}, {@code owner} ({@code me} or a user id),
 * {@code minDaysInPhase} (in its phase for at least that many days). Anything unknown or malformed is a field error.
 */
public record DealFilter(
        String pipeline, Set<String> phases, UUID objectId, UUID thirdPartyId, UUID owner, Integer minDaysInPhase) {

    public static final Set<String> PARAMETERS =
            Set.of("pipeline", "phase", "objectId", "thirdpartyId", "owner", "minDaysInPhase", "limit", "cursor");

    public static DealFilter none() {
        return new DealFilter(null, Set.of(), null, null, null, null);
    }

    public static DealFilter of(String pipeline) {
        return new DealFilter(pipeline, Set.of(), null, null, null, null);
    }

    public DealFilter withThirdParty(UUID id) {
        return new DealFilter(pipeline, phases, objectId, id, owner, minDaysInPhase);
    }

    public static DealFilter read(RelanceUser me, MultiValueMap<String, String> params) {
        List<FieldProblem> problems = new ArrayList<>();
        for (String key : params.keySet()) {
            if (!PARAMETERS.contains(key) && !key.equals("_csrf")) {
                problems.add(new FieldProblem(key, "validation.unknownFilter"));
            }
        }
        Set<String> phases = new LinkedHashSet<>();
        for (String value : params.getOrDefault("phase", List.of())) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    phases.add(part.strip());
                }
            }
        }
        String ownerText = blank(params.getFirst("owner"));
        UUID owner = "me".equals(ownerText) ? me.userId().value() : uuid("owner", ownerText, problems);
        Integer days = null;
        String daysText = blank(params.getFirst("minDaysInPhase"));
        if (daysText != null) {
            try {
                days = Integer.valueOf(daysText);
                if (days < 0 || days > 36500) {
                    problems.add(new FieldProblem("minDaysInPhase", "validation.number"));
                }
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("minDaysInPhase", "validation.number"));
            }
        }
        DealFilter filter = new DealFilter(
                blank(params.getFirst("pipeline")),
                phases,
                uuid("objectId", blank(params.getFirst("objectId")), problems),
                uuid("thirdpartyId", blank(params.getFirst("thirdpartyId")), problems),
                owner,
                days);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return filter;
    }

    private static UUID uuid(String field, String text, List<FieldProblem> problems) {
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "validation.type"));
            return null;
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

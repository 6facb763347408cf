package io.relance.party.merge;

import io.relance.party.ThirdPartyId;
import io.relance.shared.FieldProblem;
import io.relance.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a merge is asked to do: the duplicate merged into the survivor, the versions of both as the user read them
 * (a stale one is a conflict; {@code null}: not checked), and per field whose value the survivor keeps. A field not
 * picked keeps the survivor's value, or the duplicate's when the survivor's is empty.
 *
 * @param picks field ({@code email}, {@code status}, {@code customFields.budget}, see {@link MergeFields}) → side
 */
public record MergeRequest(
        ThirdPartyId duplicateId, Long survivorVersion, Long duplicateVersion, Map<String, MergeSide> picks) {

    /** More picks than this cannot be a real merge (a record has far fewer fields): refused before any work. */
    public static final int MAX_PICKS = 200;

    public MergeRequest {
        picks = picks == null ? Map.of() : Map.copyOf(picks);
    }

    /** The plain merge: no version checked, every field by default. */
    public static MergeRequest of(ThirdPartyId duplicateId) {
        return new MergeRequest(duplicateId, null, null, Map.of());
    }

    /**
     * Picks as typed (a form's radios, the API's JSON): field → {@code survivor} or {@code duplicate}, any case.
     * Every bad one is a field error {@code picks.<field>}.
     */
    public static Map<String, MergeSide> picks(Map<String, String> typed) {
        if (typed == null || typed.isEmpty()) {
            return Map.of();
        }
        if (typed.size() > MAX_PICKS) {
            throw new InvalidInputException("picks", "validation.size.max", MAX_PICKS);
        }
        Map<String, MergeSide> picks = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        typed.forEach((field, side) -> {
            try {
                picks.put(field, MergeSide.valueOf(side.strip().toUpperCase(Locale.ROOT)));
            } catch (RuntimeException e) {
                problems.add(new FieldProblem("picks." + field, "merge.pick"));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return picks;
    }
}

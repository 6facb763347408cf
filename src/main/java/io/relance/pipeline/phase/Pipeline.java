package io.relance.pipeline.phase;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A pipeline of a workspace: key, name, the kind of thing it sells ({@code SALE}, {@code RENTAL},
 * {@code RENOVATION}, {@code OPPORTUNITY}), its phases in their order (retired ones included) and its rules
 * (an action type, or {@code SECOND_VISIT}, to a phase key).
 */
public record Pipeline(
        String key,
        String name,
        String objectType,
        int position,
        long version,
        List<Phase> phases,
        Map<String, String> rules) {

    public static final List<String> OBJECT_TYPES = List.of("SALE", "RENTAL", "RENOVATION", "OPPORTUNITY");

    public Pipeline {
        phases = List.copyOf(phases);
        rules = Map.copyOf(rules);
    }

    public Optional<Phase> phase(String phaseKey) {
        return phases.stream().filter(p -> p.key().equals(phaseKey)).findFirst();
    }

    /** The phases a deal may be put in: those not retired. */
    public List<Phase> activePhases() {
        return phases.stream().filter(p -> !p.retired()).toList();
    }

    /** The first phase not retired: where a deal opens when nothing says otherwise. */
    public Phase firstPhase() {
        return activePhases().get(0);
    }

    /** The label of a phase in this locale, its key when the pipeline has no such phase. */
    public String label(String phaseKey, Locale locale) {
        return phase(phaseKey).map(p -> p.label(locale)).orElse(phaseKey);
    }
}

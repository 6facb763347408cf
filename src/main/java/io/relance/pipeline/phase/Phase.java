package io.relance.pipeline.phase;

import io.relance.pipeline.PhaseKind;
import io.relance.shared.SupportedLocales;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One phase of a pipeline: its key, its label in each supported language, its kind, its probability in percent
 * (optional), its rotting limit in days without activity (optional), its place, whether it is retired.
 */
public record Phase(
        String key,
        Map<String, String> labels,
        PhaseKind kind,
        Integer probability,
        Integer rotDays,
        int position,
        boolean retired,
        long version) {

    public Phase {
        Objects.requireNonNull(key, "key");
        labels = Map.copyOf(labels);
    }

    /** The label in this locale's language, English when it has none. */
    public String label(Locale locale) {
        return SupportedLocales.pick(labels, locale);
    }

    public boolean open() {
        return kind == PhaseKind.OPEN;
    }

    Phase at(int newPosition) {
        return new Phase(key, labels, kind, probability, rotDays, newPosition, retired, version);
    }
}

package io.relance.pipeline.web.api;

import io.relance.pipeline.phase.Phase;
import io.relance.pipeline.phase.Pipeline;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A pipeline as the API answers it: its phases in order (retired ones flagged), labels in the reader's language. */
record PipelineJson(
        String key, String name, String objectType, List<PhaseJson> phases, Map<String, String> rules, long version) {

    record PhaseJson(
            String key,
            String label,
            Map<String, String> labels,
            String kind,
            int position,
            Integer probability,
            Integer rotDays,
            boolean retired,
            long version) {

        static PhaseJson of(Phase p, Locale locale) {
            return new PhaseJson(
                    p.key(),
                    p.label(locale),
                    p.labels(),
                    p.kind().name(),
                    p.position(),
                    p.probability(),
                    p.rotDays(),
                    p.retired(),
                    p.version());
        }
    }

    static PipelineJson of(Pipeline p, Locale locale) {
        return new PipelineJson(
                p.key(),
                p.name(),
                p.objectType(),
                p.phases().stream().map(x -> PhaseJson.of(x, locale)).toList(),
                p.rules(),
                p.version());
    }
}

package io.relance.pipeline.deal;

import io.relance.pipeline.DealActionType;
import io.relance.pipeline.phase.Phase;
import io.relance.pipeline.phase.Pipeline;
import java.util.Optional;

/**
 * Where an action logged on a deal moves it, by its pipeline's rules: the rule of its type (a visit on a deal that
 * had one: the second-visit rule, when there is one), to a phase not retired, forward only — not to the phase it is
 * in or an earlier one (an older action logged late never moves it back), not out of a won or lost phase —, except a
 * refusal, which always moves it to its phase.
 */
public final class PhaseProgression {

    private PhaseProgression() {}

    /**
     * The phase the action moves the deal to; empty when it stays.
     *
     * @param visitsBefore the visits logged on the deal before this action
     */
    public static Optional<Phase> target(
            Pipeline pipeline, String currentPhase, int visitsBefore, DealActionType type) {
        String rule = type.name();
        if (type == DealActionType.VISIT
                && visitsBefore > 0
                && pipeline.rules().containsKey(DealActionType.SECOND_VISIT)) {
            rule = DealActionType.SECOND_VISIT;
        }
        String phaseKey = pipeline.rules().get(rule);
        if (phaseKey == null || phaseKey.equals(currentPhase)) {
            return Optional.empty();
        }
        Optional<Phase> target = pipeline.phase(phaseKey).filter(p -> !p.retired());
        if (target.isEmpty() || type == DealActionType.REFUSAL) {
            return target;
        }
        Optional<Phase> current = pipeline.phase(currentPhase);
        if (current.isPresent() && !current.get().open()) {
            return Optional.empty();
        }
        int from = current.map(Phase::position).orElse(0);
        return target.filter(p -> p.position() > from);
    }
}

package io.relance.pipeline.report;

import io.relance.pipeline.DealOpened;
import io.relance.pipeline.DealPhaseMoved;
import io.relance.pipeline.PhaseKind;
import io.relance.pipeline.phase.Phase;
import io.relance.pipeline.phase.Pipeline;
import io.relance.pipeline.phase.PipelineManagement;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the funnel's stays in step with the deals, in the transaction that opens or moves a deal (a listener of the
 * module's own events, not a reaction after the commit: the report never misses a move nor counts one that was
 * rolled back).
 */
@Component
class PhaseStayRecorder {

    private final PhaseStays stays;
    private final PipelineManagement pipelines;

    PhaseStayRecorder(PhaseStays stays, PipelineManagement pipelines) {
        this.stays = stays;
        this.pipelines = pipelines;
    }

    @EventListener
    void on(DealOpened e) {
        Pipeline pipeline = pipelines.get(e.workspaceId(), e.pipeline());
        PhaseKind kind = pipeline.phase(e.phase()).map(Phase::kind).orElse(PhaseKind.OPEN);
        stays.enter(e.workspaceId(), e.dealId().value(), e.pipeline(), e.phase(), kind, false, null, e.at());
    }

    /** The stay it leaves "advanced" when the deal went to a later phase that is not a loss. */
    @EventListener
    void on(DealPhaseMoved e) {
        Pipeline pipeline = pipelines.get(e.workspaceId(), e.pipeline());
        int from = pipeline.phase(e.from()).map(Phase::position).orElse(Integer.MAX_VALUE);
        int to = pipeline.phase(e.to()).map(Phase::position).orElse(Integer.MIN_VALUE);
        boolean advanced = e.toKind() != PhaseKind.LOST && to > from;
        stays.enter(
                e.workspaceId(), e.dealId().value(), e.pipeline(), e.to(), e.toKind(), advanced, e.reason(), e.at());
    }
}

package io.relance.tracking;

import io.relance.shared.Chunks;
import io.relance.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * People opened links of one subject type (counted opens), recorded together: the opens of one batch of page events,
 * in the order they came. A batch publishes one such event per subject type and per {@value #MAX_OPENS} opens, so
 * that its reactions work on a set (one read of the subjects, one insert of their timeline entries), not open by
 * open.
 *
 * @param opens each counted open; {@code first}: the subject's first open ever (at most one such open per subject)
 */
public record LinksOpened(WorkspaceId workspace, String subjectType, List<Open> opens) {

    /**
     * The most opens one event carries: the event publication registry stores an event as JSON in 4,000 characters
     * on H2, and this keeps the longest event well within that.
     */
    public static final int MAX_OPENS = 25;

    /** A counted open of the subject {@code subjectId} at {@code at}. */
    public record Open(UUID subjectId, boolean first, Instant at) {}

    public LinksOpened {
        opens = Chunks.atMost(opens, MAX_OPENS, "opens an event");
    }

    /** The opens as events of at most {@value #MAX_OPENS} opens each, in order. */
    public static List<LinksOpened> of(WorkspaceId workspace, String subjectType, List<Open> opens) {
        return Chunks.of(opens, MAX_OPENS).stream()
                .map(chunk -> new LinksOpened(workspace, subjectType, chunk))
                .toList();
    }

    /** The first opens only (one per subject at most). */
    public List<Open> firstOpens() {
        return opens.stream().filter(Open::first).toList();
    }
}

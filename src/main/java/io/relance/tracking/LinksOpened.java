package io.relance.tracking;

import io.relance.shared.Chunks;
import io.relance.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * People opened links of one subject type (counted opens), recorded together: the opens of one batch of page events,
 * in the order they came. A batch publishes one such event per subject type and per {@link #maxOpens} opens, so
 * that its reactions work on a set (one read of the subjects, one insert of their timeline entries), not open by
 * open.
 *
 * @param opens each counted open; {@code first}: the subject's first open ever (at most one such open per subject)
 */
public record LinksOpened(WorkspaceId workspace, String subjectType, List<Open> opens) {

    /**
     * The most opens one event carries on H2: the event publication registry stores an event as JSON in 4,000
     * characters there, and this keeps the longest event well within that.
     */
    public static final int MAX_OPENS_H2 = 25;

    /**
     * The most opens one event carries on PostgreSQL, whose registry stores the JSON as {@code text} (about 34 KB
     * for the longest): a writer's batch is one event, so its reactions (each a transaction and a registry row) run
     * once per batch, not once per 25 opens.
     */
    public static final int MAX_OPENS = 400;

    /** A counted open of the subject {@code subjectId} at {@code at}. */
    public record Open(UUID subjectId, boolean first, Instant at) {}

    public LinksOpened {
        opens = Chunks.atMost(opens, MAX_OPENS, "opens an event");
    }

    /** How many opens one event may carry on this database (PostgreSQL or H2). */
    public static int maxOpens(boolean postgres) {
        return postgres ? MAX_OPENS : MAX_OPENS_H2;
    }

    /** The opens as events of at most {@code max} opens each (see {@link #maxOpens}), in order. */
    public static List<LinksOpened> of(WorkspaceId workspace, String subjectType, List<Open> opens, int max) {
        return Chunks.of(opens, Math.min(max, MAX_OPENS)).stream()
                .map(chunk -> new LinksOpened(workspace, subjectType, chunk))
                .toList();
    }

    /** The first opens only (one per subject at most). */
    public List<Open> firstOpens() {
        return opens.stream().filter(Open::first).toList();
    }
}

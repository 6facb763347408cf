package io.relance.shared.web;

import io.relance.shared.RelanceUser;
import java.util.Optional;
import java.util.UUID;

/**
 * A panel that a module adds to another module's record page (a bean), so that the page's module need not know it:
 * the quotes of a third party on its record, later its deals and tasks. The page renders every contribution for
 * its record type in {@code order} (see {@link ContributedPanels}), each fragment with the contribution as {@code panel}.
 */
public interface RecordPanel {

    /** The record type of third parties (the history module's target type). */
    String THIRD_PARTY = "THIRD_PARTY";

    /**
     * A third party's alerts: shown under its record's header, before its columns, so that a phone shows them first
     * (the contact rules' banner).
     */
    String THIRD_PARTY_ALERT = "THIRD_PARTY_ALERT";

    /** The record type whose page shows the panel. */
    String recordType();

    /** Where it comes among the other panels of the page. */
    int order();

    /** What the panel shows for this record and user; empty to show nothing. */
    Optional<Contribution> contribute(RelanceUser me, UUID recordId);

    /**
     * A panel to render: the fragment {@code template :: fragment}, given the contribution as {@code panel} (so it
     * reads {@code panel.model}).
     */
    record Contribution(String template, String fragment, Object model) {}
}

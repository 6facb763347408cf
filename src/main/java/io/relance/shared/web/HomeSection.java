package io.relance.shared.web;

import io.relance.shared.RelanceUser;
import java.util.Optional;

/**
 * A section that a module adds to the home page, "My day" (a bean): the follow-up tasks due (overdue 5, today 10,
 * upcoming 30), what is new for the user (notifications, 20). The page renders every contribution in {@code order} (see {@link ContributedPanels#home}), each fragment with
 * the contribution as {@code panel}; with none, it shows its empty state.
 */
public interface HomeSection {

    /** Where it comes among the other sections. */
    int order();

    /** What the section shows this user now; empty to show nothing. */
    Optional<RecordPanel.Contribution> contribute(RelanceUser me);
}

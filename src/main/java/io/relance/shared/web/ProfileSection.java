package io.relance.shared.web;

import io.relance.shared.RelanceUser;
import java.util.Optional;

/**
 * A section that a module adds to the user's own page, Profile (a bean): the follow-up's calendar feeds. The page
 * renders every contribution in {@code order} (see {@link ContributedPanels#profile}) below its own forms, each
 * fragment with the contribution as {@code panel}.
 */
public interface ProfileSection {

    /** Where it comes among the other sections. */
    int order();

    /** What the section shows this user now; empty to show nothing. */
    Optional<RecordPanel.Contribution> contribute(RelanceUser me);
}

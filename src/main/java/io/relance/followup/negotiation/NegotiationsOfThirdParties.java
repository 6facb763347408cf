package io.relance.followup.negotiation;

import io.relance.followup.FollowUpTasks;
import io.relance.party.ThirdPartiesMerged;
import io.relance.party.ThirdPartyPurged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A merge moves the duplicate's negotiations onto the survivor (in the merge's transaction); when both had one open,
 * the survivor keeps the one that started first and the other, the same negotiation told twice, goes. A purge erases
 * the third party's negotiations.
 */
@Component
class NegotiationsOfThirdParties {

    private final Negotiations negotiations;
    private final FollowUpTasks tasks;

    NegotiationsOfThirdParties(Negotiations negotiations, FollowUpTasks tasks) {
        this.negotiations = negotiations;
        this.tasks = tasks;
    }

    @EventListener
    void on(ThirdPartiesMerged merged) {
        var ws = merged.workspaceId();
        var mine = negotiations.openOf(ws, merged.survivor());
        var theirs = negotiations.openOf(ws, merged.duplicate());
        if (mine.isPresent() && theirs.isPresent()) {
            Negotiation later = mine.get().startedAt().isAfter(theirs.get().startedAt()) ? mine.get() : theirs.get();
            tasks.cancelForRule(ws, NegotiationManagement.deadlineKey(later.id()));
            negotiations.delete(ws, later.id());
        }
        negotiations.moveThirdParty(ws, merged.duplicate(), merged.survivor());
    }

    @EventListener
    void on(ThirdPartyPurged purged) {
        negotiations.deleteOf(purged.workspaceId(), purged.id());
    }
}

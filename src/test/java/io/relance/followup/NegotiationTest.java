package io.relance.followup;

import static org.awaitility.Awaitility.await;

import io.relance.followup.daily.DailyWork;
import io.relance.followup.negotiation.Negotiation;
import io.relance.followup.negotiation.NegotiationManagement;
import io.relance.followup.negotiation.NegotiationTrigger;
import io.relance.history.HistoryEvent;
import io.relance.history.HistoryManagement;
import io.relance.history.Target;
import io.relance.party.ProspectStatus;
import io.relance.party.ThirdPartyId;
import io.relance.quote.QuoteTest;
import io.relance.shared.AdjustableClock;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import io.relance.shared.WorkspaceId;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the tests of negotiations, losses and check-ins share: quotes and third parties to build, the test clock put on
 * a day (09:00 UTC, 10:00 in the test workspaces' Paris), a negotiation awaited (the reactions run after commit), the
 * rule tasks and the timeline entries of a third party.
 */
public abstract class NegotiationTest extends QuoteTest {

    /** A Monday. */
    protected static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

    @Autowired
    protected AdjustableClock clock;

    @Autowired
    protected NegotiationManagement negotiations;

    @Autowired
    protected FollowUpTasks tasks;

    @Autowired
    protected WorkingCalendar calendar;

    @Autowired
    protected HistoryManagement history;

    /** Puts the clock on this day, 09:00 UTC. */
    protected void on(LocalDate day) {
        clock.setTo(day.atTime(9, 0).toInstant(ZoneOffset.UTC));
    }

    /** The third party's open negotiation once the reactions have started it. */
    protected Negotiation awaitOpen(WorkspaceId ws, ThirdPartyId thirdParty) {
        return await().atMost(Duration.ofSeconds(20))
                .until(() -> negotiations.openOf(ws, thirdParty), Optional::isPresent)
                .orElseThrow();
    }

    /** Waits until the third party has no open negotiation (the reactions ended it). */
    protected void awaitNoneOpen(WorkspaceId ws, ThirdPartyId thirdParty) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> negotiations.openOf(ws, thirdParty).isEmpty());
    }

    /** A third party of this status for this owner, in negotiation since now (started as a quote sent would). */
    protected ThirdPartyId negotiating(RelanceUser owner, ProspectStatus status) {
        ThirdPartyId id = thirdParties
                .of(owner)
                .named("Famille Lambert")
                .status(status)
                .create()
                .thirdParty()
                .id();
        negotiations.start(owner.workspaceId(), id, NegotiationTrigger.QUOTE, null);
        return id;
    }

    /** Runs a daily part for the workspace on this day, the clock put on it; what it handled. */
    protected int runOn(DailyWork part, WorkspaceId ws, LocalDate day) {
        on(day);
        return part.run(ws, day);
    }

    /** The third party's timeline entries of these types, newest first (the first ten). */
    protected List<HistoryEvent> timeline(WorkspaceId ws, ThirdPartyId thirdParty, String... types) {
        return history.timeline(
                        ws.value(), Target.thirdParty(thirdParty.value()), Set.of(types), PageRequest.of(10, null))
                .items();
    }

    /** The third party's open tasks of a rule. */
    protected List<TaskView> openTasks(WorkspaceId ws, ThirdPartyId thirdParty, FollowUpRule rule) {
        return tasks.openOf(ws, thirdParty).stream()
                .filter(t -> t.rule() == rule)
                .toList();
    }
}

package io.relance.followup.negotiation;

import io.relance.followup.FollowUpRule;
import io.relance.followup.FollowUpTasks;
import io.relance.followup.RuleTask;
import io.relance.followup.TaskTarget;
import io.relance.followup.TaskType;
import io.relance.followup.WorkingCalendar;
import io.relance.followup.daily.DailyWork;
import io.relance.party.ThirdPartyId;
import io.relance.party.ThirdPartyLookup;
import io.relance.party.ThirdPartySummary;
import io.relance.shared.WorkspaceId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily run's warning before a negotiation's time limit: from {@code warningDays} before it, the owner gets a
 * "decide or close" task (rule {@code NEGOTIATION_DEADLINE}, key {@code negotiation:<id>}), once per negotiation.
 * Open negotiations in their warning period are read in batches (one indexed query each); each is marked warned in the
 * transaction that plans its task, so a second run, another node or a run after a crash plans none twice.
 */
@Component
public class NegotiationDeadlines implements DailyWork {

    static final int BATCH = 200;
    static final String TITLE = "followup.task.title.decide-or-close";

    private final Negotiations negotiations;
    private final NegotiationSettingsStore settings;
    private final ThirdPartyLookup thirdParties;
    private final FollowUpTasks tasks;
    private final WorkingCalendar calendar;
    private final TransactionTemplate transaction;

    NegotiationDeadlines(
            Negotiations negotiations,
            NegotiationSettingsStore settings,
            ThirdPartyLookup thirdParties,
            FollowUpTasks tasks,
            WorkingCalendar calendar,
            PlatformTransactionManager transactions) {
        this.negotiations = negotiations;
        this.settings = settings;
        this.thirdParties = thirdParties;
        this.tasks = tasks;
        this.calendar = calendar;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public String name() {
        return "negotiation-deadlines";
    }

    @Override
    public int run(WorkspaceId ws, LocalDate today) {
        NegotiationSettings s = settings.of(ws);
        // the limit day is started_on + limit: warned from limit - warning days until the limit day itself
        LocalDate from = today.minusDays(s.timeLimitDays());
        LocalDate to = today.minusDays(s.timeLimitDays() - s.warningDays());
        LocalDate due = calendar.of(ws).onOrAfter(today);
        int planned = 0;
        while (true) {
            int[] batch = transaction.execute(tx -> warn(ws, from, to, today, due));
            planned += batch[1];
            if (batch[0] < BATCH) {
                return planned;
            }
        }
    }

    /** One batch: how many were read, how many tasks planned. */
    private int[] warn(WorkspaceId ws, LocalDate from, LocalDate to, LocalDate today, LocalDate due) {
        List<Negotiations.Due> found = negotiations.toWarn(ws, from, to, BATCH);
        Map<ThirdPartyId, ThirdPartySummary> owners = thirdParties.summaries(
                ws, found.stream().map(Negotiations.Due::thirdParty).toList());
        int planned = 0;
        for (Negotiations.Due n : found) {
            ThirdPartySummary tp = owners.get(n.thirdParty());
            // a deleted third party's negotiation is marked all the same: nobody to warn
            if (negotiations.claimWarning(ws, n.id(), today) && tp != null) {
                planned += tasks.openForRule(new RuleTask(
                                        ws,
                                        FollowUpRule.NEGOTIATION_DEADLINE,
                                        NegotiationManagement.deadlineKey(n.id()),
                                        TaskType.TODO,
                                        TaskTarget.of(n.thirdParty()),
                                        tp.ownerId(),
                                        due,
                                        TITLE,
                                        null))
                                .isPresent()
                        ? 1
                        : 0;
            }
        }
        return new int[] {found.size(), planned};
    }
}

package io.relance.followup.negotiation;

import io.relance.followup.FollowUpRule;
import io.relance.followup.FollowUpTasks;
import io.relance.followup.NegotiationId;
import io.relance.followup.RuleTask;
import io.relance.followup.TaskTarget;
import io.relance.followup.TaskType;
import io.relance.followup.WorkingCalendar;
import io.relance.followup.daily.DailyChunks;
import io.relance.followup.daily.DailyWork;
import io.relance.party.ThirdPartyId;
import io.relance.party.ThirdPartyLookup;
import io.relance.party.ThirdPartySummary;
import io.relance.shared.WorkspaceId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily run's warning before a negotiation's time limit: from {@code warningDays} before it, the owner gets a
 * "decide or close" task (rule {@code NEGOTIATION_DEADLINE}, key {@code negotiation:<id>}), once per negotiation.
 * Set-based: the workspace's open negotiations in their warning period are read in one statement, their owners in one
 * per chunk ({@link DailyChunks}); a chunk is marked warned in one statement, in the transaction that plans its tasks
 * in one more, so a second run, another node or a run after a crash plans none twice. The settings and the working
 * calendar are read once per run.
 */
@Component
public class NegotiationDeadlines implements DailyWork {

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
        return DailyChunks.run(
                transaction,
                negotiations.toWarn(ws, from, to, null),
                chunk -> negotiations.toWarn(ws, from, to, ids(chunk)),
                chunk -> warn(ws, chunk, today, due));
    }

    /** One chunk, in its transaction: marked warned, then its tasks planned; how many were planned. */
    private int warn(WorkspaceId ws, List<Negotiations.Due> chunk, LocalDate today, LocalDate due) {
        int claimed = negotiations.claimWarnings(ws, ids(chunk), today);
        if (claimed != chunk.size()) {
            throw new DailyChunks.Contended(chunk.size(), claimed);
        }
        Map<ThirdPartyId, ThirdPartySummary> owners = thirdParties.summaries(
                ws, chunk.stream().map(Negotiations.Due::thirdParty).toList());
        List<RuleTask> planned = new ArrayList<>();
        for (Negotiations.Due n : chunk) {
            ThirdPartySummary tp = owners.get(n.thirdParty());
            // a deleted third party's negotiation is marked all the same: nobody to warn
            if (tp != null) {
                planned.add(new RuleTask(
                        ws,
                        FollowUpRule.NEGOTIATION_DEADLINE,
                        NegotiationManagement.deadlineKey(n.id()),
                        TaskType.TODO,
                        TaskTarget.of(n.thirdParty()),
                        tp.ownerId(),
                        due,
                        TITLE,
                        null));
            }
        }
        return tasks.openAllForRule(planned);
    }

    private static List<NegotiationId> ids(List<Negotiations.Due> chunk) {
        return chunk.stream().map(Negotiations.Due::id).toList();
    }
}

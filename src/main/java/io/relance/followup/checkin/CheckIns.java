package io.relance.followup.checkin;

import io.relance.followup.FollowUpRule;
import io.relance.followup.FollowUpTasks;
import io.relance.followup.RuleTask;
import io.relance.followup.TaskTarget;
import io.relance.followup.TaskType;
import io.relance.followup.WorkingCalendar;
import io.relance.followup.daily.DailyChunks;
import io.relance.followup.daily.DailyWork;
import io.relance.followup.negotiation.NegotiationSettingsStore;
import io.relance.shared.WorkspaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily run's check-ins: a customer without outbound contact for the workspace's number of months gets a "check
 * in" call task for its owner (rule {@code CHECK_IN}, key {@code check-in:<thirdPartyId>}), at most once per such
 * period of silence. Set-based: the silent customers are read in one statement (routed to the workspace's shard);
 * each chunk ({@link DailyChunks}) is marked in one or two statements, in the transaction that plans its tasks in one
 * more, so a second run, another node or a run after a crash plans none twice.
 */
@Component
public class CheckIns implements DailyWork {

    static final String TITLE = "followup.task.title.check-in";

    private final LastContacts contacts;
    private final NegotiationSettingsStore settings;
    private final FollowUpTasks tasks;
    private final WorkingCalendar calendar;
    private final TransactionTemplate transaction;

    CheckIns(
            LastContacts contacts,
            NegotiationSettingsStore settings,
            FollowUpTasks tasks,
            WorkingCalendar calendar,
            PlatformTransactionManager transactions) {
        this.contacts = contacts;
        this.settings = settings;
        this.tasks = tasks;
        this.calendar = calendar;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The rule key of a third party's check-in task. */
    public static String key(io.relance.party.ThirdPartyId thirdParty) {
        return "check-in:" + thirdParty;
    }

    @Override
    public String name() {
        return "check-ins";
    }

    @Override
    public int run(WorkspaceId ws, LocalDate today) {
        LocalDate silentSinceDay = today.minusMonths(settings.of(ws).checkInMonths());
        Instant silentSince = silentSinceDay.atStartOfDay(calendar.zone(ws)).toInstant();
        LocalDate due = calendar.of(ws).onOrAfter(today);
        return DailyChunks.run(
                transaction,
                contacts.silentCustomers(ws, silentSince, silentSinceDay, null),
                chunk -> contacts.silentCustomers(
                        ws,
                        silentSince,
                        silentSinceDay,
                        chunk.stream().map(LastContacts.Silent::thirdParty).toList()),
                chunk -> checkIn(ws, chunk, today, silentSince, silentSinceDay, due));
    }

    /** One chunk, in its transaction: marked checked in, then its tasks planned; how many were planned. */
    private int checkIn(
            WorkspaceId ws,
            List<LastContacts.Silent> chunk,
            LocalDate today,
            Instant silentSince,
            LocalDate silentSinceDay,
            LocalDate due) {
        int claimed = contacts.claimCheckIns(ws, chunk, today, silentSince, silentSinceDay);
        if (claimed != chunk.size()) {
            throw new DailyChunks.Contended(chunk.size(), claimed);
        }
        return tasks.openAllForRule(chunk.stream()
                .map(s -> new RuleTask(
                        ws,
                        FollowUpRule.CHECK_IN,
                        key(s.thirdParty()),
                        TaskType.CALL,
                        TaskTarget.of(s.thirdParty()),
                        s.owner(),
                        due,
                        TITLE,
                        null))
                .toList());
    }
}

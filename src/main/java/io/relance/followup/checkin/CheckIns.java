package io.relance.followup.checkin;

import io.relance.followup.FollowUpRule;
import io.relance.followup.FollowUpTasks;
import io.relance.followup.RuleTask;
import io.relance.followup.TaskTarget;
import io.relance.followup.TaskType;
import io.relance.followup.WorkingCalendar;
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
 * period of silence. The silent customers are read in batches (one statement each, routed to the workspace's shard);
 * each is marked in the transaction that plans its task, so a second run, another node or a run after a crash plans
 * none twice.
 */
@Component
public class CheckIns implements DailyWork {

    static final int BATCH = 200;
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
        int planned = 0;
        while (true) {
            int[] batch = transaction.execute(tx -> checkIn(ws, today, silentSince, silentSinceDay, due));
            planned += batch[1];
            if (batch[0] < BATCH) {
                return planned;
            }
        }
    }

    /** One batch: how many were read, how many tasks planned. */
    private int[] checkIn(
            WorkspaceId ws, LocalDate today, Instant silentSince, LocalDate silentSinceDay, LocalDate due) {
        List<LastContacts.Silent> found = contacts.silentCustomers(ws, silentSince, silentSinceDay, BATCH);
        int planned = 0;
        for (LastContacts.Silent s : found) {
            if (contacts.claimCheckIn(ws, s.thirdParty(), today, silentSince, silentSinceDay)) {
                planned += tasks.openForRule(new RuleTask(
                                        ws,
                                        FollowUpRule.CHECK_IN,
                                        key(s.thirdParty()),
                                        TaskType.CALL,
                                        TaskTarget.of(s.thirdParty()),
                                        s.owner(),
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

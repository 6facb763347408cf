package io.relance.followup.reminder;

import io.relance.followup.DueTasks;
import io.relance.followup.FollowUpAgenda;
import io.relance.followup.WorkingCalendar;
import io.relance.followup.daily.DailyWork;
import io.relance.messaging.MailId;
import io.relance.messaging.MailSetup;
import io.relance.messaging.Outbox;
import io.relance.notification.NewNotification;
import io.relance.notification.Notifications;
import io.relance.shared.RelanceUser;
import io.relance.shared.WorkspaceId;
import io.relance.workspace.WorkspaceManagement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily run's reminders, from the workspace's reminder hour (07:30 unless set) of each working day: every active
 * rep with open tasks overdue or due today gets one notification, "N due today, M overdue", leading to My day, and
 * one e-mail listing those tasks ({@link ReminderMail}) through the outbox — unless mail is not set up, he turned it
 * off on his profile, or has no address he can receive it at. The tasks of all the reps come from one read of the
 * agenda. Each rep's claim ({@link Reminders}) is written with his notification and his e-mail in one transaction,
 * so a second run, another node or a rerun after a crash reminds nobody twice. Nobody is reminded of nothing, nor on
 * a day off.
 */
@Component
public class DailyReminders implements DailyWork {

    static final String NAME = "reminders";
    static final String NOTICE = "followup.reminder.notice";

    /** How many tasks one e-mail lists; the rest are counted ("…and 12 more on My day"). */
    static final int LISTED = 30;

    private final FollowUpAgenda agenda;
    private final ReminderSettingsStore settings;
    private final WorkingCalendar calendar;
    private final WorkspaceManagement workspaces;
    private final Reminders reminders;
    private final Notifications notifications;
    private final ReminderMail mails;
    private final Outbox outbox;
    private final MailSetup setup;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DailyReminders(
            FollowUpAgenda agenda,
            ReminderSettingsStore settings,
            WorkingCalendar calendar,
            WorkspaceManagement workspaces,
            Reminders reminders,
            Notifications notifications,
            ReminderMail mails,
            Outbox outbox,
            MailSetup setup,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.agenda = agenda;
        this.settings = settings;
        this.calendar = calendar;
        this.workspaces = workspaces;
        this.reminders = reminders;
        this.notifications = notifications;
        this.mails = mails;
        this.outbox = outbox;
        this.setup = setup;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public LocalTime notBefore(WorkspaceId workspace) {
        return settings.of(workspace).localTime();
    }

    /** Reminds the reps of the day; answers how many were reminded now. */
    @Override
    public int run(WorkspaceId ws, LocalDate today) {
        if (!calendar.of(ws).works(today)) {
            return 0;
        }
        int reminded = 0;
        for (DueTasks due : agenda.dueBy(ws, today, LISTED)) {
            if (Boolean.TRUE.equals(transaction.execute(tx -> remind(ws, today, due)))) {
                reminded++;
            }
        }
        return reminded;
    }

    /** One rep's notification and e-mail with his claim; false when he is gone or had them already. */
    private boolean remind(WorkspaceId ws, LocalDate today, DueTasks due) {
        Optional<RelanceUser> user = workspaces.reload(ws, due.assignee());
        if (user.isEmpty() || due.total() == 0 || !reminders.claim(ws, today, due, clock.instant())) {
            return false;
        }
        notifications.notify(new NewNotification(
                ws,
                due.assignee(),
                NOTICE,
                List.of(String.valueOf(due.dueToday()), String.valueOf(due.overdue())),
                "/"));
        RelanceUser rep = user.get();
        if (setup.ready() && Outbox.deliverable(rep.email()) && workspaces.wantsDailyTaskEmail(ws, rep.userId())) {
            MailId mail = outbox.enqueue(mails.write(rep, today, due));
            reminders.mailed(ws, today, rep.userId(), mail);
        }
        return true;
    }
}

-- Reminders (module followup, package followup.reminder; README "Reminders"). workspace_id leads every key (Citus:
-- distributed by workspace_id, see shared.citus).

-- The hour of a workspace's daily reminders (HH:MM in its time zone); without a row 07:30.
CREATE TABLE followup_reminder_settings (
    workspace_id  UUID       NOT NULL,
    reminder_time VARCHAR(5) NOT NULL,
    version       BIGINT     NOT NULL,
    CONSTRAINT followup_reminder_settings_pk PRIMARY KEY (workspace_id)
);

-- Who was reminded of his day, with the counts he was told, and the e-mail digest queued for him (mail_id, null when
-- he got none: mail not set up, turned off, no address). The row is the claim, written in the transaction that posts
-- his notification and queues his e-mail, so each rep gets one of each per day whatever the threads, nodes or reruns.
CREATE TABLE followup_reminders (
    workspace_id  UUID    NOT NULL,
    reminder_date DATE    NOT NULL,
    user_id       UUID    NOT NULL,
    overdue       INTEGER NOT NULL,
    due_today     INTEGER NOT NULL,
    mail_id       UUID,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT followup_reminders_pk PRIMARY KEY (workspace_id, reminder_date, user_id)
);

-- The reminders' look at every rep's open tasks due by a day, in one statement per workspace.
CREATE INDEX followup_tasks_due_idx ON followup_tasks (workspace_id, status, due_date);

-- A user's choice: the daily e-mail of his due tasks (on unless he turns it off; the notification shows anyway).
ALTER TABLE user_accounts ADD COLUMN email_daily_tasks BOOLEAN DEFAULT TRUE NOT NULL;

-- E-mails about quote activity to their owners (module messaging, docs/quote-activity-mail.md): the e-mail on a
-- quote's first open (a user's choice, off by default) and the daily digest at a workspace hour.

-- A user's choice: an e-mail when one of his quotes is opened for the first time (the bell notifies him anyway).
ALTER TABLE user_accounts ADD COLUMN email_on_first_open BOOLEAN DEFAULT FALSE NOT NULL;

-- One row per quote whose first-open e-mail was queued: written in the transaction that queues it, so the e-mail
-- goes once per quote whatever the number of nodes, retries of the event or restarts.
CREATE TABLE mail_first_open_notices (
    workspace_id UUID NOT NULL,
    quote_id     UUID NOT NULL,
    mail_id      UUID,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT mail_first_open_notices_pk PRIMARY KEY (workspace_id, quote_id)
);

-- The hour of the daily digest (HH:MM in the workspace's time zone); without a row 12:30.
CREATE TABLE mail_digest_settings (
    workspace_id UUID       NOT NULL,
    digest_time  VARCHAR(5) NOT NULL,
    version      BIGINT     NOT NULL,
    CONSTRAINT mail_digest_settings_pk PRIMARY KEY (workspace_id)
);

-- One row per workspace and day (its time zone's calendar) the digest ran: the opens it covers are those after
-- since_at up to until_at (the digest hour of that day); the next day's digest starts at this until_at.
CREATE TABLE mail_digest_runs (
    workspace_id UUID NOT NULL,
    digest_day   DATE NOT NULL,
    since_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    until_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT mail_digest_runs_pk PRIMARY KEY (workspace_id, digest_day)
);
CREATE INDEX mail_digest_runs_completed ON mail_digest_runs (digest_day, completed_at);

-- Who got the digest of a day, written in the transaction that queues his e-mail: once per user and day.
CREATE TABLE mail_digest_recipients (
    workspace_id UUID NOT NULL,
    digest_day   DATE NOT NULL,
    user_id      UUID NOT NULL,
    mail_id      UUID NOT NULL,
    quotes       INT  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT mail_digest_recipients_pk PRIMARY KEY (workspace_id, digest_day, user_id)
);

-- The digest job's look-up of the workspaces whose quotes were opened lately (one read across workspaces).
CREATE INDEX tracking_opens_opened_at ON tracking_opens (opened_at);

-- Messaging: the outbox every outgoing e-mail goes through, and each workspace's e-mail templates.

-- One row per e-mail, written in the transaction of whoever sends it; a job hands it to SMTP. message_id is the
-- e-mail's Message-ID, fixed when the row is written and the same on every attempt. next_attempt_at is when the
-- job may take the row: the next try of a QUEUED one, the end of the lease of a SENDING one. handover_at is set
-- (and committed) right before the SMTP hand-over: a lease that ends with it set means the hand-over may have
-- happened, so the row becomes UNKNOWN instead of being sent again (docs/messaging.md).
CREATE TABLE mail_outbox (
    workspace_id     UUID          NOT NULL,
    id               UUID          NOT NULL,
    message_id       VARCHAR(250)  NOT NULL,
    state            VARCHAR(16)   NOT NULL,
    sender_id        UUID,
    from_name        VARCHAR(200),
    reply_to         VARCHAR(254),
    to_addresses     VARCHAR(4000) NOT NULL,
    cc_addresses     VARCHAR(4000),
    subject          VARCHAR(998)  NOT NULL,
    text_body        TEXT          NOT NULL,
    html_body        TEXT,
    attachment_names VARCHAR(2000),
    target_type      VARCHAR(32),
    target_id        UUID,
    links            VARCHAR(2000),
    attempts         INT           NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    claim_token      UUID,
    handover_at      TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(1000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at          TIMESTAMP WITH TIME ZONE,
    version          BIGINT        NOT NULL,
    CONSTRAINT mail_outbox_pk PRIMARY KEY (workspace_id, id),
    CONSTRAINT mail_outbox_message_id_key UNIQUE (workspace_id, message_id)
);
-- the job's look-up of due rows, then its claim within one workspace
CREATE INDEX mail_outbox_due_idx ON mail_outbox (state, next_attempt_at);
CREATE INDEX mail_outbox_workspace_due_idx ON mail_outbox (workspace_id, state, next_attempt_at);
CREATE INDEX mail_outbox_target_idx ON mail_outbox (workspace_id, target_type, target_id);

-- A workspace's own wording of a kind of e-mail (quote.send…) in one language; without a row the module's default.
CREATE TABLE mail_templates (
    workspace_id UUID         NOT NULL,
    kind         VARCHAR(64)  NOT NULL,
    language     VARCHAR(8)   NOT NULL,
    subject      VARCHAR(300) NOT NULL,
    body         TEXT         NOT NULL,
    updated_by   UUID,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT mail_templates_pk PRIMARY KEY (workspace_id, kind, language)
);

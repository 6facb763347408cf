-- The confirmation e-mails of a quote accepted online (docs/messaging.md, "When a client accepts a quote"): one row
-- per accepted quote, written in the transaction that queues its two e-mails (the client's confirmation and the
-- owner's notice), so a retried or repeated QuoteAccepted never queues them twice. A mail id is null when that
-- e-mail was not queued; skipped says why (NO_SERVER, NO_SENDER, NO_ADDRESS, NO_OWNER…).
-- workspace_id leads the key (Citus: distributed by workspace_id); no key to workspaces.
CREATE TABLE accepted_quote_mails (
    workspace_id   UUID         NOT NULL,
    quote_id       UUID         NOT NULL,
    revision       INT          NOT NULL,
    client_mail_id UUID,
    owner_mail_id  UUID,
    skipped        VARCHAR(200),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT accepted_quote_mails_pk PRIMARY KEY (workspace_id, quote_id)
);

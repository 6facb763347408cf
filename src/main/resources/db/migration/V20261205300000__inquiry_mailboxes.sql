-- Inquiries (module inquiry): the mailbox each workspace's lead e-mails are fetched from over IMAP, and the e-mails
-- taken. workspace_id leads every key (Citus: distributed by workspace_id, see shared.citus).
--
-- One mailbox per workspace: host, port, ssl (IMAPS), username, password (kept to sign in; never shown back), folder
-- (INBOX by default), acting_user_id (the member the inquiries are taken in as: owner of the contacts made),
-- enabled. claimed_until: the node polling it holds it until then (one node at a time); last_polled_at, last_error:
-- what the settings page shows.
CREATE TABLE inquiry_mailboxes (
    workspace_id     UUID          NOT NULL,
    host             VARCHAR(255)  NOT NULL,
    port             INT           NOT NULL,
    ssl              BOOLEAN       NOT NULL,
    username         VARCHAR(255)  NOT NULL,
    password         VARCHAR(255)  NOT NULL,
    folder           VARCHAR(100)  NOT NULL,
    acting_user_id   UUID          NOT NULL,
    enabled          BOOLEAN       NOT NULL,
    claimed_until    TIMESTAMP WITH TIME ZONE,
    last_polled_at   TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(500),
    version          BIGINT        NOT NULL,
    CONSTRAINT inquiry_mailboxes_pk PRIMARY KEY (workspace_id)
);

-- The e-mails taken from a workspace's mailbox, by Message-ID: a second poll (or another node) takes none twice.
CREATE TABLE inquiry_mails (
    workspace_id  UUID           NOT NULL,
    message_id    VARCHAR(300)   NOT NULL,
    taken_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT inquiry_mails_pk PRIMARY KEY (workspace_id, message_id)
);

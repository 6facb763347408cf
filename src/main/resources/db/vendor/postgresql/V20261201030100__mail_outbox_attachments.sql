-- The files of an outgoing e-mail (a quote's PDF), kept with it until it is sent; BYTEA on this database.
CREATE TABLE mail_outbox_attachments (
    workspace_id UUID         NOT NULL,
    outbox_id    UUID         NOT NULL,
    seq          INT          NOT NULL,
    filename     VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    content      BYTEA NOT NULL,
    CONSTRAINT mail_outbox_attachments_pk PRIMARY KEY (workspace_id, outbox_id, seq),
    CONSTRAINT mail_outbox_attachments_fk FOREIGN KEY (workspace_id, outbox_id) REFERENCES mail_outbox (workspace_id, id)
);

-- POSTs that create accept an Idempotency-Key: the first answer is kept and replayed for a retry.
CREATE TABLE idempotency_keys (
    workspace_id  UUID         NOT NULL REFERENCES workspaces (id),
    user_id       UUID         NOT NULL,
    idem_key      VARCHAR(200) NOT NULL,
    request_hash  CHAR(64)     NOT NULL,
    status        INT          NOT NULL,
    content_type  VARCHAR(100),
    response_body TEXT,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT idempotency_keys_pk PRIMARY KEY (workspace_id, user_id, idem_key)
);
CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);

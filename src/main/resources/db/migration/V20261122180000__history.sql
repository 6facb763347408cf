-- History: one timeline for every kind of record (third parties now; quotes, deals, tasks later),
-- and the files attached to records. A target is (target_type, target_id).

CREATE TABLE history_events (
    workspace_id UUID         NOT NULL REFERENCES workspaces (id),
    id           UUID         NOT NULL,
    target_type  VARCHAR(32)  NOT NULL,
    target_id    UUID         NOT NULL,
    kind         VARCHAR(32)  NOT NULL,
    direction    VARCHAR(8),
    summary      VARCHAR(500),
    body         TEXT,
    outcome      VARCHAR(200),
    details      TEXT,
    actor_id     UUID,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT history_events_pk PRIMARY KEY (workspace_id, id)
);
CREATE INDEX history_events_target_idx ON history_events (workspace_id, target_type, target_id, occurred_at, id);

CREATE TABLE stored_files (
    workspace_id UUID         NOT NULL REFERENCES workspaces (id),
    id           UUID         NOT NULL,
    target_type  VARCHAR(32)  NOT NULL,
    target_id    UUID         NOT NULL,
    filename     VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    uploaded_by  UUID,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at   TIMESTAMP WITH TIME ZONE,
    version      BIGINT       NOT NULL,
    CONSTRAINT stored_files_pk PRIMARY KEY (workspace_id, id)
);
CREATE INDEX stored_files_target_idx ON stored_files (workspace_id, target_type, target_id);

-- Foundation: workspaces, user accounts, API tokens, login throttling, web sessions.
-- These are the few global tables (DESIGN.md, data rules); on Citus they become reference tables.
-- Every workspace table added later leads its keys with workspace_id.

CREATE TABLE workspaces (
    id             UUID         NOT NULL PRIMARY KEY,
    name           VARCHAR(120) NOT NULL,
    currency       CHAR(3)      NOT NULL,
    default_locale VARCHAR(8)   NOT NULL,
    time_zone      VARCHAR(64)  NOT NULL,
    country        CHAR(2)      NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT       NOT NULL
);

-- One row once the instance is set up: the setup page and the bootstrap admin race on this key.
CREATE TABLE installation (
    singleton    INT  NOT NULL PRIMARY KEY CHECK (singleton = 1),
    workspace_id UUID NOT NULL REFERENCES workspaces (id),
    installed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE user_accounts (
    id            UUID         NOT NULL PRIMARY KEY,
    workspace_id  UUID         NOT NULL REFERENCES workspaces (id),
    email         VARCHAR(254) NOT NULL,
    display_name  VARCHAR(120) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    locale        VARCHAR(8)   NOT NULL,
    active        BOOLEAN      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT user_accounts_email_key UNIQUE (email),
    CONSTRAINT user_accounts_workspace_id_key UNIQUE (workspace_id, id)
);

CREATE TABLE api_tokens (
    id           UUID         NOT NULL PRIMARY KEY,
    workspace_id UUID         NOT NULL,
    user_id      UUID         NOT NULL,
    name         VARCHAR(80)  NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    token_prefix VARCHAR(12)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    version      BIGINT       NOT NULL,
    CONSTRAINT api_tokens_hash_key UNIQUE (token_hash),
    CONSTRAINT api_tokens_user_fk FOREIGN KEY (workspace_id, user_id) REFERENCES user_accounts (workspace_id, id)
);
CREATE INDEX api_tokens_user_idx ON api_tokens (workspace_id, user_id);

-- Failed sign-ins per account and per address: slowed, then blocked for a while.
CREATE TABLE login_throttle (
    throttle_key    VARCHAR(300) NOT NULL PRIMARY KEY,
    failures        INT          NOT NULL,
    last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
    blocked_until   TIMESTAMP WITH TIME ZONE
);

-- Spring Session JDBC: sessions live in the database so any app node can serve any user.
CREATE TABLE spring_session (
    primary_id            CHAR(36)     NOT NULL,
    session_id            CHAR(36)     NOT NULL,
    creation_time         BIGINT       NOT NULL,
    last_access_time      BIGINT       NOT NULL,
    max_inactive_interval INT          NOT NULL,
    expiry_time           BIGINT       NOT NULL,
    principal_name        VARCHAR(254),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id CHAR(36)     NOT NULL,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BYTEA        NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id) REFERENCES spring_session (primary_id) ON DELETE CASCADE
);

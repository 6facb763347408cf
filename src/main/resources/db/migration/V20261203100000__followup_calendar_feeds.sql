-- The personal iCalendar feeds of the follow-up module (followup.feed): a secret address per user of a workspace,
-- revocable (revoked_at; the row stays), made again at will. Only the token's SHA-256 is stored: the token is shown
-- once. The token names its workspace, so the public feed finds its row by one equality in that workspace.
-- workspace_id leads every key (Citus: distributed by workspace_id, see shared.citus); no key to other tables.
CREATE TABLE followup_calendar_feeds (
    workspace_id  UUID          NOT NULL,
    id            UUID          NOT NULL,
    user_id       UUID          NOT NULL,
    token_hash    VARCHAR(64)   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at  TIMESTAMP WITH TIME ZONE,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT followup_calendar_feeds_pk PRIMARY KEY (workspace_id, id),
    CONSTRAINT followup_calendar_feeds_token UNIQUE (workspace_id, token_hash)
);
-- a user's feeds (his profile, the API)
CREATE INDEX followup_calendar_feeds_user_idx ON followup_calendar_feeds (workspace_id, user_id);

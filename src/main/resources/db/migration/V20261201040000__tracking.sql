-- Private links, visits, opens and engagement of a tracked subject (a quote), generic over (subject_type, subject_id).
-- Every table is a workspace table (workspace_id leads every key): distributed by workspace_id on Citus.

-- The key each workspace's link tokens are derived from (HMAC), unless RELANCE_TRACKING_LINK_KEY is set.
CREATE TABLE tracking_link_keys (
    workspace_id UUID NOT NULL,
    secret VARCHAR(88) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (workspace_id)
);

-- One link per subject, kept across its revisions; the token itself is never stored, only its SHA-256.
CREATE TABLE tracked_links (
    workspace_id UUID NOT NULL,
    id UUID NOT NULL,
    subject_type VARCHAR(40) NOT NULL,
    subject_id UUID NOT NULL,
    nonce VARCHAR(64) NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at TIMESTAMP WITH TIME ZONE,
    revoked_at TIMESTAMP WITH TIME ZONE,
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (workspace_id, id),
    CONSTRAINT tracked_links_token UNIQUE (workspace_id, token_hash),
    CONSTRAINT tracked_links_subject UNIQUE (workspace_id, subject_type, subject_id)
);

-- Every fetch of a link (a hit) and what the page's script reported of it afterwards.
CREATE TABLE tracking_visits (
    workspace_id UUID NOT NULL,
    id UUID NOT NULL,
    link_id UUID NOT NULL,
    subject_type VARCHAR(40) NOT NULL,
    subject_id UUID NOT NULL,
    started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_event_at TIMESTAMP WITH TIME ZONE,
    method VARCHAR(8) NOT NULL,
    user_agent VARCHAR(400),
    address_hash VARCHAR(64),
    device VARCHAR(80),
    status VARCHAR(16) NOT NULL,
    visible_ms BIGINT NOT NULL DEFAULT 0,
    interacted BOOLEAN NOT NULL DEFAULT FALSE,
    open_id UUID,
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (workspace_id, id),
    CONSTRAINT tracking_visits_link FOREIGN KEY (workspace_id, link_id)
        REFERENCES tracked_links (workspace_id, id) ON DELETE CASCADE
);
CREATE INDEX tracking_visits_subject ON tracking_visits (workspace_id, subject_type, subject_id, status);

-- Counted opens: a person saw the page (visible 3 s or an interaction); one device within 30 minutes is one open.
CREATE TABLE tracking_opens (
    workspace_id UUID NOT NULL,
    id UUID NOT NULL,
    subject_type VARCHAR(40) NOT NULL,
    subject_id UUID NOT NULL,
    device VARCHAR(80) NOT NULL,
    opened_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_on DATE NOT NULL,
    PRIMARY KEY (workspace_id, id)
);
CREATE INDEX tracking_opens_subject ON tracking_opens (workspace_id, subject_type, subject_id, opened_at);
CREATE INDEX tracking_opens_device ON tracking_opens (workspace_id, subject_type, subject_id, device, last_seen_at);

-- The engagement read model of a subject, updated on each event (the ignored hits are counted from the visits).
CREATE TABLE tracking_engagement (
    workspace_id UUID NOT NULL,
    subject_type VARCHAR(40) NOT NULL,
    subject_id UUID NOT NULL,
    opens INTEGER NOT NULL DEFAULT 0,
    visitors INTEGER NOT NULL DEFAULT 0,
    first_open_at TIMESTAMP WITH TIME ZONE,
    last_open_at TIMESTAMP WITH TIME ZONE,
    visible_seconds BIGINT NOT NULL DEFAULT 0,
    score INTEGER NOT NULL DEFAULT 0,
    published_score INTEGER NOT NULL DEFAULT 0,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (workspace_id, subject_type, subject_id)
);
CREATE INDEX tracking_engagement_score ON tracking_engagement (workspace_id, subject_type, score);

-- The numbers of the follow-up advice of a workspace (absent: the defaults).
CREATE TABLE tracking_advice_settings (
    workspace_id UUID NOT NULL,
    not_opened_days INTEGER NOT NULL,
    silence_days INTEGER NOT NULL,
    hot_open_days INTEGER NOT NULL,
    hot_window_days INTEGER NOT NULL,
    dormant_days INTEGER NOT NULL,
    expires_soon_days INTEGER NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (workspace_id)
);

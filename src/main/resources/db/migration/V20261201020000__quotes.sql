-- Quotes: one row per quote (the client's link, kept across revisions) holding its current revision; the lines of
-- every revision; the revisions a new one replaced (read-only); the quote settings per workspace and language.
-- workspace_id leads every key (Citus: distributed by workspace_id, see shared.citus); no key to workspaces.

CREATE TABLE quotes (
    workspace_id      UUID           NOT NULL,
    id                UUID           NOT NULL,
    base_number       VARCHAR(60)    NOT NULL,
    revision          INT            NOT NULL,
    number            VARCHAR(70)    NOT NULL,
    status            VARCHAR(16)    NOT NULL,
    third_party_id    UUID           NOT NULL,
    contact_id        UUID,
    currency          CHAR(3)        NOT NULL,
    language          VARCHAR(8)     NOT NULL,
    valid_until       DATE           NOT NULL,
    introduction      TEXT,
    terms             TEXT,
    total_net         NUMERIC(19, 2) NOT NULL,
    total_tax         NUMERIC(19, 2) NOT NULL,
    total_gross       NUMERIC(19, 2) NOT NULL,
    engagement_score  INT,
    created_by        UUID,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at           TIMESTAMP WITH TIME ZONE,
    answered_at       TIMESTAMP WITH TIME ZONE,
    accepted_name     VARCHAR(200),
    accepted_ip       VARCHAR(64),
    accepted_agent    VARCHAR(500),
    accepted_signature TEXT,
    accepted_consent  VARCHAR(1000),
    declined_reason   VARCHAR(40),
    declined_comment  VARCHAR(2000),
    version           BIGINT         NOT NULL,
    CONSTRAINT quotes_pk PRIMARY KEY (workspace_id, id),
    CONSTRAINT quotes_number_key UNIQUE (workspace_id, base_number)
);

CREATE INDEX quotes_third_party_idx ON quotes (workspace_id, third_party_id, created_at);
CREATE INDEX quotes_created_idx ON quotes (workspace_id, created_at, id);
CREATE INDEX quotes_expiry_idx ON quotes (status, valid_until);

CREATE TABLE quote_lines (
    workspace_id     UUID           NOT NULL,
    quote_id         UUID           NOT NULL,
    revision         INT            NOT NULL,
    position         INT            NOT NULL,
    kind             VARCHAR(16)    NOT NULL,
    description      VARCHAR(2000),
    quantity         NUMERIC(15, 3),
    unit             VARCHAR(20),
    unit_price       NUMERIC(19, 2),
    discount_percent NUMERIC(5, 2),
    tax_rate         NUMERIC(6, 3),
    product_id       UUID,
    credit           BOOLEAN        NOT NULL,
    net              NUMERIC(19, 2) NOT NULL,
    CONSTRAINT quote_lines_pk PRIMARY KEY (workspace_id, quote_id, revision, position),
    CONSTRAINT quote_lines_quote_fk FOREIGN KEY (workspace_id, quote_id) REFERENCES quotes (workspace_id, id)
);

CREATE TABLE quote_revisions (
    workspace_id UUID           NOT NULL,
    quote_id     UUID           NOT NULL,
    revision     INT            NOT NULL,
    number       VARCHAR(70)    NOT NULL,
    status       VARCHAR(16)    NOT NULL,
    contact_id   UUID,
    language     VARCHAR(8)     NOT NULL,
    valid_until  DATE           NOT NULL,
    introduction TEXT,
    terms        TEXT,
    total_net    NUMERIC(19, 2) NOT NULL,
    total_tax    NUMERIC(19, 2) NOT NULL,
    total_gross  NUMERIC(19, 2) NOT NULL,
    sent_at      TIMESTAMP WITH TIME ZONE,
    replaced_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    replaced_by  UUID,
    CONSTRAINT quote_revisions_pk PRIMARY KEY (workspace_id, quote_id, revision),
    CONSTRAINT quote_revisions_quote_fk FOREIGN KEY (workspace_id, quote_id) REFERENCES quotes (workspace_id, id)
);

CREATE TABLE quote_settings (
    workspace_id  UUID   NOT NULL,
    validity_days INT    NOT NULL,
    version       BIGINT NOT NULL,
    CONSTRAINT quote_settings_pk PRIMARY KEY (workspace_id)
);

CREATE TABLE quote_texts (
    workspace_id UUID       NOT NULL,
    language     VARCHAR(8) NOT NULL,
    introduction TEXT,
    terms        TEXT,
    version      BIGINT     NOT NULL,
    CONSTRAINT quote_texts_pk PRIMARY KEY (workspace_id, language)
);

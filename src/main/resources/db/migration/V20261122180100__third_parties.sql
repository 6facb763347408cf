-- Third parties, their contacts, tags, custom fields, ownership exceptions, numbering and saved segments.

CREATE TABLE numbering_settings (
    workspace_id UUID        NOT NULL REFERENCES workspaces (id),
    entity       VARCHAR(32) NOT NULL,
    mask         VARCHAR(60) NOT NULL,
    version      BIGINT      NOT NULL,
    CONSTRAINT numbering_settings_pk PRIMARY KEY (workspace_id, entity)
);

-- One row per counter and period: incremented under a row lock, never SELECT MAX.
CREATE TABLE numbering_counters (
    workspace_id UUID        NOT NULL REFERENCES workspaces (id),
    counter_key  VARCHAR(80) NOT NULL,
    last_value   BIGINT      NOT NULL,
    CONSTRAINT numbering_counters_pk PRIMARY KEY (workspace_id, counter_key)
);

CREATE TABLE potential_levels (
    workspace_id UUID        NOT NULL REFERENCES workspaces (id),
    level_key    VARCHAR(40) NOT NULL,
    label        VARCHAR(60) NOT NULL,
    position     INT         NOT NULL,
    CONSTRAINT potential_levels_pk PRIMARY KEY (workspace_id, level_key)
);

CREATE TABLE third_parties (
    workspace_id UUID          NOT NULL REFERENCES workspaces (id),
    id           UUID          NOT NULL,
    code         VARCHAR(60)   NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    sort_name    VARCHAR(200)  NOT NULL,
    individual   BOOLEAN       NOT NULL,
    prospect     BOOLEAN       NOT NULL,
    customer     BOOLEAN       NOT NULL,
    status       VARCHAR(20)   NOT NULL,
    potential    VARCHAR(40)   NOT NULL,
    email        VARCHAR(254),
    phone        VARCHAR(40),
    phone_e164   VARCHAR(20),
    mobile       VARCHAR(40),
    mobile_e164  VARCHAR(20),
    website      VARCHAR(300),
    address_line VARCHAR(300),
    postal_code  VARCHAR(20),
    city         VARCHAR(120),
    country      CHAR(2),
    language     VARCHAR(8),
    source       VARCHAR(16)   NOT NULL,
    notes        TEXT,
    owner_id     UUID          NOT NULL,
    code_aliases VARCHAR(1000),
    search_text  VARCHAR(2000) NOT NULL,
    merged_into  UUID,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at   TIMESTAMP WITH TIME ZONE,
    version      BIGINT        NOT NULL,
    CONSTRAINT third_parties_pk PRIMARY KEY (workspace_id, id),
    CONSTRAINT third_parties_code_key UNIQUE (workspace_id, code),
    CONSTRAINT third_parties_owner_fk FOREIGN KEY (workspace_id, owner_id) REFERENCES user_accounts (workspace_id, id)
);
CREATE INDEX third_parties_name_idx ON third_parties (workspace_id, sort_name, id);
CREATE INDEX third_parties_owner_idx ON third_parties (workspace_id, owner_id, sort_name, id);
CREATE INDEX third_parties_status_idx ON third_parties (workspace_id, status, sort_name, id);
CREATE INDEX third_parties_created_idx ON third_parties (workspace_id, created_at, id);
CREATE INDEX third_parties_updated_idx ON third_parties (workspace_id, updated_at, id);
CREATE INDEX third_parties_email_idx ON third_parties (workspace_id, email);
CREATE INDEX third_parties_phone_idx ON third_parties (workspace_id, phone_e164);

CREATE TABLE tags (
    workspace_id UUID        NOT NULL REFERENCES workspaces (id),
    id           UUID        NOT NULL,
    name         VARCHAR(60) NOT NULL,
    name_key     VARCHAR(60) NOT NULL,
    color        VARCHAR(7)  NOT NULL,
    version      BIGINT      NOT NULL,
    CONSTRAINT tags_pk PRIMARY KEY (workspace_id, id),
    CONSTRAINT tags_name_key UNIQUE (workspace_id, name_key)
);

CREATE TABLE third_party_tags (
    workspace_id   UUID NOT NULL,
    third_party_id UUID NOT NULL,
    tag_id         UUID NOT NULL,
    CONSTRAINT third_party_tags_pk PRIMARY KEY (workspace_id, third_party_id, tag_id),
    CONSTRAINT third_party_tags_tp_fk FOREIGN KEY (workspace_id, third_party_id) REFERENCES third_parties (workspace_id, id),
    CONSTRAINT third_party_tags_tag_fk FOREIGN KEY (workspace_id, tag_id) REFERENCES tags (workspace_id, id)
);
CREATE INDEX third_party_tags_tag_idx ON third_party_tags (workspace_id, tag_id, third_party_id);

CREATE TABLE custom_fields (
    workspace_id UUID         NOT NULL REFERENCES workspaces (id),
    id           UUID         NOT NULL,
    field_key    VARCHAR(40)  NOT NULL,
    label        VARCHAR(120) NOT NULL,
    field_type   VARCHAR(16)  NOT NULL,
    options      TEXT,
    required     BOOLEAN      NOT NULL,
    position     INT          NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT custom_fields_pk PRIMARY KEY (workspace_id, id),
    CONSTRAINT custom_fields_key UNIQUE (workspace_id, field_key)
);

-- Typed values: one row per value (several for a multi-choice), indexed per type for filters and sorts.
CREATE TABLE custom_field_values (
    workspace_id   UUID NOT NULL,
    third_party_id UUID NOT NULL,
    field_id       UUID NOT NULL,
    ordinal        INT  NOT NULL,
    value_text     VARCHAR(2000),
    value_number   DECIMAL(19, 4),
    value_date     DATE,
    value_bool     BOOLEAN,
    CONSTRAINT custom_field_values_pk PRIMARY KEY (workspace_id, third_party_id, field_id, ordinal),
    CONSTRAINT custom_field_values_tp_fk FOREIGN KEY (workspace_id, third_party_id) REFERENCES third_parties (workspace_id, id),
    CONSTRAINT custom_field_values_field_fk FOREIGN KEY (workspace_id, field_id) REFERENCES custom_fields (workspace_id, id)
);
CREATE INDEX custom_field_values_text_idx ON custom_field_values (workspace_id, field_id, value_text, third_party_id);
CREATE INDEX custom_field_values_number_idx ON custom_field_values (workspace_id, field_id, value_number, third_party_id);
CREATE INDEX custom_field_values_date_idx ON custom_field_values (workspace_id, field_id, value_date, third_party_id);

CREATE TABLE contacts (
    workspace_id      UUID         NOT NULL,
    id                UUID         NOT NULL,
    third_party_id    UUID         NOT NULL,
    first_name        VARCHAR(100),
    last_name         VARCHAR(100) NOT NULL,
    position          VARCHAR(100),
    email             VARCHAR(254),
    phone             VARCHAR(40),
    phone_e164        VARCHAR(20),
    mobile            VARCHAR(40),
    mobile_e164       VARCHAR(20),
    address_line      VARCHAR(300),
    postal_code       VARCHAR(20),
    city              VARCHAR(120),
    country           CHAR(2),
    language          VARCHAR(8),
    notes             TEXT,
    email_marketing   VARCHAR(10)  NOT NULL,
    do_not_call       BOOLEAN      NOT NULL,
    preferred_channel VARCHAR(10),
    contact_window    VARCHAR(120),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at        TIMESTAMP WITH TIME ZONE,
    version           BIGINT       NOT NULL,
    CONSTRAINT contacts_pk PRIMARY KEY (workspace_id, id),
    CONSTRAINT contacts_tp_fk FOREIGN KEY (workspace_id, third_party_id) REFERENCES third_parties (workspace_id, id)
);
CREATE INDEX contacts_tp_idx ON contacts (workspace_id, third_party_id);

-- A manager lets another rep work one third party until a date ("special case").
CREATE TABLE ownership_exceptions (
    workspace_id   UUID         NOT NULL,
    id             UUID         NOT NULL,
    third_party_id UUID         NOT NULL,
    user_id        UUID         NOT NULL,
    granted_by     UUID         NOT NULL,
    reason         VARCHAR(300) NOT NULL,
    ends_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at     TIMESTAMP WITH TIME ZONE,
    version        BIGINT       NOT NULL,
    CONSTRAINT ownership_exceptions_pk PRIMARY KEY (workspace_id, id),
    CONSTRAINT ownership_exceptions_tp_fk FOREIGN KEY (workspace_id, third_party_id) REFERENCES third_parties (workspace_id, id),
    CONSTRAINT ownership_exceptions_user_fk FOREIGN KEY (workspace_id, user_id) REFERENCES user_accounts (workspace_id, id)
);
CREATE INDEX ownership_exceptions_user_idx ON ownership_exceptions (workspace_id, user_id, third_party_id);
CREATE INDEX ownership_exceptions_tp_idx ON ownership_exceptions (workspace_id, third_party_id);

CREATE TABLE segments (
    workspace_id UUID          NOT NULL REFERENCES workspaces (id),
    id           UUID          NOT NULL,
    user_id      UUID          NOT NULL,
    name         VARCHAR(120)  NOT NULL,
    query        VARCHAR(2000) NOT NULL,
    shared       BOOLEAN       NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT        NOT NULL,
    CONSTRAINT segments_pk PRIMARY KEY (workspace_id, id),
    CONSTRAINT segments_name_key UNIQUE (workspace_id, user_id, name)
);

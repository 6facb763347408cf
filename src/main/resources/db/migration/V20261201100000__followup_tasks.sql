-- Follow-up (module followup): tasks and the workspace's working calendar.
-- workspace_id leads every key (Citus: distributed by workspace_id, see shared.citus); no key to workspaces.

-- A task to call, write, visit or do something about a third party (optionally one of its contacts, one quote).
-- origin MANUAL (someone planned it) or RULE (a rule of this module: rule names it, rule_key is what it is about).
-- open_rule_key repeats rule_key while the task is OPEN and is NULL once it is closed: its unique index keeps
-- one open task per rule and subject (never two), on every database (NULLs never collide).
CREATE TABLE followup_tasks (
    workspace_id    UUID          NOT NULL,
    id              UUID          NOT NULL,
    version         BIGINT        NOT NULL,
    type            VARCHAR(16)   NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    due_date        DATE          NOT NULL,
    due_time        TIME,
    assignee_id     UUID          NOT NULL,
    third_party_id  UUID          NOT NULL,
    contact_id      UUID,
    quote_id        UUID,
    origin          VARCHAR(8)    NOT NULL,
    rule            VARCHAR(40),
    rule_key        VARCHAR(160),
    open_rule_key   VARCHAR(160),
    title           VARCHAR(200)  NOT NULL,
    notes           VARCHAR(4000),
    outcome         VARCHAR(500),
    classification  VARCHAR(40),
    created_by      UUID,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at       TIMESTAMP WITH TIME ZONE,
    closed_by       UUID,
    CONSTRAINT followup_tasks_pk PRIMARY KEY (workspace_id, id),
    CONSTRAINT followup_tasks_open_rule_key UNIQUE (workspace_id, open_rule_key)
);
-- My day: a user's open tasks by due date
CREATE INDEX followup_tasks_assignee_idx ON followup_tasks (workspace_id, assignee_id, status, due_date);
-- a record's tasks
CREATE INDEX followup_tasks_third_party_idx ON followup_tasks (workspace_id, third_party_id, status, due_date);
CREATE INDEX followup_tasks_quote_idx ON followup_tasks (workspace_id, quote_id);

-- The working calendar of a workspace (one row once set; Monday to Friday, no holidays until then).
-- working_days: ISO day numbers, comma-separated ("1,2,3,4,5").
CREATE TABLE followup_calendars (
    workspace_id  UUID         NOT NULL,
    working_days  VARCHAR(20)  NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT followup_calendars_pk PRIMARY KEY (workspace_id)
);

CREATE TABLE followup_holidays (
    workspace_id  UUID          NOT NULL,
    holiday       DATE          NOT NULL,
    label         VARCHAR(100),
    CONSTRAINT followup_holidays_pk PRIMARY KEY (workspace_id, holiday)
);

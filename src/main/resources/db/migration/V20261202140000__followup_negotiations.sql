-- Follow-up (module followup): negotiations and their time limit, losses and their reasons, check-ins.
-- workspace_id leads every key (Citus: distributed by workspace_id, see shared.citus); no key to other modules' tables.

-- A negotiation with a third party: OPEN from its start (first outbound contact with a prospect, status IN_PROGRESS,
-- a quote sent) until an agreement (AGREED) or a loss (LOST). open_third_party_id repeats third_party_id while it is
-- OPEN and is NULL once ended: its unique key keeps one open negotiation per third party on every database.
-- started_on is the start's date in the workspace's time zone: the time limit counts days from it.
-- warned_on marks the "decide or close" warning as given (the daily run gives it once).
CREATE TABLE followup_negotiations (
    workspace_id         UUID          NOT NULL,
    id                   UUID          NOT NULL,
    version              BIGINT        NOT NULL,
    third_party_id       UUID          NOT NULL,
    status               VARCHAR(16)   NOT NULL,
    open_third_party_id  UUID,
    started_by           VARCHAR(16)   NOT NULL,
    started_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    started_on           DATE          NOT NULL,
    quote_id             UUID,
    warned_on            DATE,
    ended_at             TIMESTAMP WITH TIME ZONE,
    ended_by             UUID,
    loss_id              UUID,
    CONSTRAINT followup_negotiations_pk PRIMARY KEY (workspace_id, id),
    CONSTRAINT followup_negotiations_open UNIQUE (workspace_id, open_third_party_id)
);
-- the daily run: open negotiations by start date
CREATE INDEX followup_negotiations_status_idx ON followup_negotiations (workspace_id, status, started_on);
CREATE INDEX followup_negotiations_third_party_idx ON followup_negotiations (workspace_id, third_party_id);

-- A loss: a negotiation closed as lost (by a person, or TIMED_OUT by the daily run), or a customer lost without one.
-- reason is a key of the workspace's lost reasons (or TIMED_OUT); competitor the name typed for COMPETITOR.
CREATE TABLE followup_losses (
    workspace_id    UUID           NOT NULL,
    id              UUID           NOT NULL,
    third_party_id  UUID           NOT NULL,
    negotiation_id  UUID,
    reason          VARCHAR(32)    NOT NULL,
    competitor      VARCHAR(100),
    comment_text    VARCHAR(1000),
    lost_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    lost_by         UUID,
    CONSTRAINT followup_losses_pk PRIMARY KEY (workspace_id, id)
);
-- the losses report (by period) and the competitors' names already used
CREATE INDEX followup_losses_lost_at_idx ON followup_losses (workspace_id, lost_at);
CREATE INDEX followup_losses_third_party_idx ON followup_losses (workspace_id, third_party_id);

-- The lost reasons a workspace offers, in order (the six built-in ones until an admin saves the list). A built-in
-- reason's label comes from the messages; label is the text of a reason an admin added.
CREATE TABLE followup_lost_reasons (
    workspace_id  UUID          NOT NULL,
    reason_key    VARCHAR(32)   NOT NULL,
    position      INT           NOT NULL,
    label         VARCHAR(60),
    active        BOOLEAN       NOT NULL,
    CONSTRAINT followup_lost_reasons_pk PRIMARY KEY (workspace_id, reason_key)
);

-- A workspace's numbers (one row once saved; the defaults until then): the time limit of a negotiation and the
-- warning before it (days), the pause before calling a lost third party again and the silence before a customer's
-- check-in (months); version guards these numbers, reasons_version the list of lost reasons.
CREATE TABLE followup_negotiation_settings (
    workspace_id       UUID     NOT NULL,
    time_limit_days    INT      NOT NULL,
    warning_days       INT      NOT NULL,
    call_again_months  INT      NOT NULL,
    check_in_months    INT      NOT NULL,
    version            BIGINT   NOT NULL,
    reasons_version    BIGINT   NOT NULL,
    CONSTRAINT followup_negotiation_settings_pk PRIMARY KEY (workspace_id)
);

-- The last outbound contact with each third party (a call, e-mail, SMS, visit or meeting logged, a contact task done,
-- a quote sent) and the day its last check-in task was planned: the check-ins of silent customers read it.
CREATE TABLE followup_contacts (
    workspace_id     UUID  NOT NULL,
    third_party_id   UUID  NOT NULL,
    last_contact_at  TIMESTAMP WITH TIME ZONE,
    check_in_on      DATE,
    CONSTRAINT followup_contacts_pk PRIMARY KEY (workspace_id, third_party_id)
);

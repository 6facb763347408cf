-- Follow-up (module followup): the contact rules' knobs at three levels. scope WORKSPACE (subject_id is the
-- workspace's id), THIRD_PARTY (a third party's overrides) or CONTACT (one contact's overrides; third_party_id says
-- whose). A NULL column inherits from the level above; quiet_days and preferred_days hold ISO day numbers
-- ("6,7"), preferred_parts MORNING/AFTERNOON/EVENING, comma-separated, '-' for none. hours are HH:MM in the
-- contact's time zone. workspace_id leads the key (Citus: distributed by workspace_id).
CREATE TABLE followup_contact_policies (
    workspace_id       UUID         NOT NULL,
    scope              VARCHAR(16)  NOT NULL,
    subject_id         UUID         NOT NULL,
    third_party_id     UUID,
    min_days_between   INT,
    max_per_30_days    INT,
    hours_from         VARCHAR(5),
    hours_to           VARCHAR(5),
    quiet_days         VARCHAR(20),
    time_zone          VARCHAR(64),
    preferred_channel  VARCHAR(10),
    preferred_days     VARCHAR(20),
    preferred_parts    VARCHAR(40),
    updated_by         UUID,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT       NOT NULL,
    CONSTRAINT followup_contact_policies_pk PRIMARY KEY (workspace_id, scope, subject_id)
);
-- a third party's contacts' overrides (merge, purge)
CREATE INDEX followup_contact_policies_tp_idx ON followup_contact_policies (workspace_id, third_party_id);

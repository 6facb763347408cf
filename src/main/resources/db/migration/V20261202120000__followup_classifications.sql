-- Follow-up (module followup): classifications and their cadence, the current classification of each third party.
-- workspace_id leads every key (Citus: distributed by workspace_id, see shared.citus); no key to workspaces.

-- The classifications of a workspace ("promising": tag it, call again in 14 days). The six defaults are given once
-- per workspace, on its first read (followup_classification_seeds remembers it: an admin may then delete them).
-- class_key: a short stable name (a-z, 0-9, "-"); labels in the four languages; icon: a Bootstrap Icons name;
-- tags: whether it tags the third party (a tag of its label); delay_days NULL plans no task.
CREATE TABLE followup_classifications (
    workspace_id  UUID         NOT NULL,
    class_key     VARCHAR(40)  NOT NULL,
    label_en      VARCHAR(60)  NOT NULL,
    label_fr      VARCHAR(60)  NOT NULL,
    label_es      VARCHAR(60)  NOT NULL,
    label_de      VARCHAR(60)  NOT NULL,
    icon          VARCHAR(40)  NOT NULL,
    tags          BOOLEAN      NOT NULL,
    delay_days    INTEGER,
    position      INTEGER      NOT NULL,
    active        BOOLEAN      NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT followup_classifications_pk PRIMARY KEY (workspace_id, class_key)
);

CREATE TABLE followup_classification_seeds (
    workspace_id  UUID                     NOT NULL,
    seeded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT followup_classification_seeds_pk PRIMARY KEY (workspace_id)
);

-- The current classification of a third party (NULL until its first), the tag it put on it (removed when it is
-- reclassified), who classified it and when. The row is also the lock of a reclassification.
CREATE TABLE followup_third_party_classifications (
    workspace_id    UUID                     NOT NULL,
    third_party_id  UUID                     NOT NULL,
    class_key       VARCHAR(40),
    tag_name        VARCHAR(60),
    classified_at   TIMESTAMP WITH TIME ZONE,
    classified_by   UUID,
    version         BIGINT                   NOT NULL,
    CONSTRAINT followup_third_party_classifications_pk PRIMARY KEY (workspace_id, third_party_id)
);

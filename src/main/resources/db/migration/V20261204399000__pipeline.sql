-- Pipelines (module pipeline): configurable pipelines with ordered phases, the rules that move deals from the
-- actions logged on them, and the deals. workspace_id leads every key (Citus: distributed by workspace_id, see
-- shared.citus); no key to other modules' tables (third parties, contacts, objects are referenced by id only).

-- A workspace's pipelines (the defaults "sale" and "rental" given once, on its first read: pipeline_seeds).
-- object_type: SALE, RENTAL, RENOVATION, OPPORTUNITY.
CREATE TABLE pipelines (
    workspace_id  UUID         NOT NULL,
    pipeline_key  VARCHAR(40)  NOT NULL,
    name          VARCHAR(80)  NOT NULL,
    object_type   VARCHAR(20)  NOT NULL,
    position      INTEGER      NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT pipelines_pk PRIMARY KEY (workspace_id, pipeline_key)
);

CREATE TABLE pipeline_seeds (
    workspace_id  UUID                     NOT NULL,
    seeded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pipeline_seeds_pk PRIMARY KEY (workspace_id)
);

-- The phases of a pipeline in their order; kind OPEN, WON or LOST; probability in percent (optional);
-- rot_days: days without activity after which a deal in it is stale (optional); a retired phase keeps its deals and
-- history but takes no new ones.
CREATE TABLE pipeline_phases (
    workspace_id  UUID         NOT NULL,
    pipeline_key  VARCHAR(40)  NOT NULL,
    phase_key     VARCHAR(40)  NOT NULL,
    label_en      VARCHAR(80)  NOT NULL,
    label_fr      VARCHAR(80)  NOT NULL,
    label_es      VARCHAR(80)  NOT NULL,
    label_de      VARCHAR(80)  NOT NULL,
    kind          VARCHAR(10)  NOT NULL,
    probability   INTEGER,
    rot_days      INTEGER,
    position      INTEGER      NOT NULL,
    retired       BOOLEAN      NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT pipeline_phases_pk PRIMARY KEY (workspace_id, pipeline_key, phase_key)
);

-- The rules of a pipeline: an action logged on a deal (VISIT, RESERVATION…; SECOND_VISIT is a visit on a deal that
-- had one) moves it to a phase, forward only (REFUSAL excepted).
CREATE TABLE pipeline_rules (
    workspace_id  UUID         NOT NULL,
    pipeline_key  VARCHAR(40)  NOT NULL,
    action_type   VARCHAR(40)  NOT NULL,
    phase_key     VARCHAR(40)  NOT NULL,
    CONSTRAINT pipeline_rules_pk PRIMARY KEY (workspace_id, pipeline_key, action_type)
);

-- A deal: one interested third party (and contact) on one object (an id of the objects module) or a standalone
-- opportunity; amount in currency (optional); entered_phase_at: when it came into its phase; last_activity_at: its
-- last action or move (what "stale" counts from); visits: how many visits were logged on it.
CREATE TABLE deals (
    workspace_id      UUID                     NOT NULL,
    id                UUID                     NOT NULL,
    pipeline_key      VARCHAR(40)              NOT NULL,
    phase_key         VARCHAR(40)              NOT NULL,
    third_party_id    UUID                     NOT NULL,
    contact_id        UUID,
    object_id         UUID,
    owner_id          UUID                     NOT NULL,
    amount            NUMERIC(15, 2),
    currency          CHAR(3)                  NOT NULL,
    expected_on       DATE,
    entered_phase_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_activity_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    visits            INTEGER                  NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        UUID,
    version           BIGINT                   NOT NULL,
    CONSTRAINT deals_pk PRIMARY KEY (workspace_id, id)
);

CREATE INDEX deals_by_phase ON deals (workspace_id, pipeline_key, phase_key, entered_phase_at);
CREATE INDEX deals_by_third_party ON deals (workspace_id, third_party_id);
CREATE INDEX deals_by_object ON deals (workspace_id, object_id);

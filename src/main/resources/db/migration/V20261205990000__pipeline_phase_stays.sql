-- The funnel's read model (module pipeline, pipeline.report): each stay of a deal in a phase, written in the
-- transaction that opens or moves the deal. entered_at: when it came in; left_at: when it moved on (null: still
-- there); advanced: it left for a later phase that is not a loss; reason: why it came in, in the user's words (the
-- note of a move by hand, the summary of the action: a loss's reason). workspace_id leads every key (Citus:
-- distributed by workspace_id, see shared.citus); no key to other tables.
CREATE TABLE pipeline_phase_stays (
    workspace_id  UUID                     NOT NULL,
    id            UUID                     NOT NULL,
    deal_id       UUID                     NOT NULL,
    pipeline_key  VARCHAR(40)              NOT NULL,
    phase_key     VARCHAR(40)              NOT NULL,
    phase_kind    VARCHAR(10)              NOT NULL,
    entered_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    left_at       TIMESTAMP WITH TIME ZONE,
    advanced      BOOLEAN                  NOT NULL,
    reason        VARCHAR(2000),
    CONSTRAINT pipeline_phase_stays_pk PRIMARY KEY (workspace_id, id)
);
-- a period of a pipeline (the report)
CREATE INDEX pipeline_phase_stays_period ON pipeline_phase_stays (workspace_id, pipeline_key, entered_at);
-- a deal's current stay (closed when it moves)
CREATE INDEX pipeline_phase_stays_deal ON pipeline_phase_stays (workspace_id, deal_id);

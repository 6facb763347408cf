-- The daily run of the follow-up module (followup.daily): one row per workspace, day (in the workspace's time zone)
-- and part of the run. The row is the claim: a node inserts it (ON CONFLICT DO NOTHING) or takes it over once
-- next_attempt_at has passed (the lease of a node that died, or the back-off after a failure), then marks it done.
-- workspace_id leads the key (Citus: distributed by workspace_id, see shared.citus).
CREATE TABLE followup_daily_runs (
    workspace_id     UUID          NOT NULL,
    run_date         DATE          NOT NULL,
    part             VARCHAR(60)   NOT NULL,
    attempts         INTEGER       NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    done_at          TIMESTAMP WITH TIME ZONE,
    items            INTEGER,
    last_error       VARCHAR(500),
    CONSTRAINT followup_daily_runs_pk PRIMARY KEY (workspace_id, run_date, part)
);
-- the job's look at the recent days of every workspace
CREATE INDEX followup_daily_runs_date_idx ON followup_daily_runs (run_date);

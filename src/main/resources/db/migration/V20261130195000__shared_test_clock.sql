-- The test clock (relance.testing.clock-enabled) is shared by every app node: the offset set through the API on one
-- node is read by the others within a second. One row; version counts the changes, so a node applies only new ones.
-- A global table (no workspace): on Citus it stays on the coordinator (CitusTables).
CREATE TABLE test_clock (
    singleton     INT    NOT NULL PRIMARY KEY CHECK (singleton = 1),
    offset_millis BIGINT NOT NULL,
    version       BIGINT NOT NULL
);
INSERT INTO test_clock (singleton, offset_millis, version) VALUES (1, 0, 0);

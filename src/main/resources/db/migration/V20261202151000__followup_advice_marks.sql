-- Quote advice as tasks (followup.advice): the advice each SENT quote had at the last look (a code of tracking's
-- AdviceCode, or NONE). A task is planned (or the open one cancelled) only when the advice changes, and the change of
-- this row is written in the same transaction: a second look, another node or a rerun after a crash finds the row
-- moved and plans nothing again; a rep who completed the task does not get it back while the advice stays the same.
CREATE TABLE followup_advice_marks (
    workspace_id  UUID         NOT NULL,
    quote_id      UUID         NOT NULL,
    advice        VARCHAR(24)  NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT followup_advice_marks_pk PRIMARY KEY (workspace_id, quote_id)
);

-- The engagement rows are written by their key only (workspace_id, subject_type, subject_id). The score index was
-- read by nothing (lists sort on the quote's own copy of the score) but, while the table had no statistics yet,
-- PostgreSQL picked it for the keyed update and walked every row of the workspace for each subject (bench/RESULTS.md,
-- "Quotes: public page and page events"). Without it the primary key is the only index that fits.
DROP INDEX IF EXISTS tracking_engagement_score;

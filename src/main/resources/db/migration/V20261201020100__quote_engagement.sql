-- What the quote list shows and sorts on of a quote's engagement, kept in step with the tracking module's
-- EngagementChanged events: counted opens and the last open (engagement_score is there since the quotes table).
ALTER TABLE quotes ADD COLUMN opens INT;
ALTER TABLE quotes ADD COLUMN last_opened_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX quotes_engagement_idx ON quotes (workspace_id, engagement_score);

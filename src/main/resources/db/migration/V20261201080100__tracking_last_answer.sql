-- When the client last answered about a tracked subject (a question on the quote's public page): the follow-up
-- advice gives no CALL_AFTER_SILENCE while the latest answer is as recent as the latest open (docs/tracking.md).
ALTER TABLE tracking_engagement ADD COLUMN last_answer_at TIMESTAMP WITH TIME ZONE;

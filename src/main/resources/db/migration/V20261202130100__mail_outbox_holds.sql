-- Messaging's outbox and the contact rules (module followup): an e-mail to a third party that breaks a hold rule is
-- written HELD, next_attempt_at being when the rules would allow it; held_reason says why (the sender's language).
-- A manager may send it at once with a reason: released_by, release_reason, released_at.
ALTER TABLE mail_outbox ADD COLUMN held_reason VARCHAR(2000);
ALTER TABLE mail_outbox ADD COLUMN released_by UUID;
ALTER TABLE mail_outbox ADD COLUMN release_reason VARCHAR(300);
ALTER TABLE mail_outbox ADD COLUMN released_at TIMESTAMP WITH TIME ZONE;

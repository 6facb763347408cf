-- The hourly job forget-login-failures deletes failures older than the quiet spell.
CREATE INDEX login_throttle_last_failure_idx ON login_throttle (last_failure_at);

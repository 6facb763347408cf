-- The instance operator reads instance-wide monitoring (/actuator/metrics, /actuator/prometheus) and moves the
-- test clock: the administrator made at set-up (set-up page or bootstrap admin), never one of a self-service
-- sign-up.
ALTER TABLE user_accounts ADD COLUMN instance_operator BOOLEAN DEFAULT FALSE NOT NULL;

UPDATE user_accounts SET instance_operator = TRUE
WHERE role = 'ADMIN' AND workspace_id IN (SELECT workspace_id FROM installation);

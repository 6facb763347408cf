-- A temporary password (generated when an admin creates a user without one, or resets it) must be replaced by
-- the user at his first sign-in: until then the pages lead to the change and the API answers 403.
ALTER TABLE user_accounts ADD COLUMN password_change_required BOOLEAN DEFAULT FALSE NOT NULL;

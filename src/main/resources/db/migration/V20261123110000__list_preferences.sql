-- What each user chose to see in a list (today the third-party list's columns): one row per user and list,
-- none until he picks (the list shows its defaults). Columns are keys in order, comma-separated
-- ("code,name,status,cf.budget"); a key that no longer exists (a deleted custom field) is skipped on reading.
CREATE TABLE list_preferences (
    workspace_id UUID        NOT NULL REFERENCES workspaces (id),
    user_id      UUID        NOT NULL,
    list_key     VARCHAR(40) NOT NULL,
    column_keys  TEXT        NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT      NOT NULL,
    CONSTRAINT list_preferences_pk PRIMARY KEY (workspace_id, user_id, list_key),
    CONSTRAINT list_preferences_user_fk FOREIGN KEY (workspace_id, user_id) REFERENCES user_accounts (workspace_id, id)
);

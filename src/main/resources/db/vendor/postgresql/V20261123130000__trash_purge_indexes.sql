-- The hourly purge finds what has stayed in the trash beyond the restore window, across workspaces.
-- Partial indexes: only the few deleted rows are indexed, so the lists pay nothing for them.
CREATE INDEX third_parties_trash_idx ON third_parties (deleted_at, id) WHERE deleted_at IS NOT NULL;
CREATE INDEX stored_files_removed_idx ON stored_files (deleted_at, id) WHERE deleted_at IS NOT NULL;

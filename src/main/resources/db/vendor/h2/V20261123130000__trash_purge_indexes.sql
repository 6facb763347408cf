-- The hourly purge finds what has stayed in the trash beyond the restore window, across workspaces.
-- (H2 has no partial indexes; PostgreSQL indexes only the deleted rows.)
CREATE INDEX third_parties_trash_idx ON third_parties (deleted_at, id);
CREATE INDEX stored_files_removed_idx ON stored_files (deleted_at, id);

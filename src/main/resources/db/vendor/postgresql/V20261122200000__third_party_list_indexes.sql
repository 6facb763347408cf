-- Lists at a million rows: the name-ordered indexes carry what the filters read (owner, status, potential,
-- deletion, search text), so a page is an index-only scan that stops after 51 matches instead of fetching
-- thousands of rows from the table. PostgreSQL only (INCLUDE); H2 keeps plain indexes.
DROP INDEX IF EXISTS third_parties_name_idx;
DROP INDEX IF EXISTS third_parties_owner_idx;
DROP INDEX IF EXISTS third_parties_status_idx;
CREATE INDEX third_parties_name_idx ON third_parties (workspace_id, sort_name, id)
    INCLUDE (owner_id, status, potential, deleted_at, search_text);
CREATE INDEX third_parties_owner_idx ON third_parties (workspace_id, owner_id, sort_name, id)
    INCLUDE (status, potential, deleted_at, search_text);
CREATE INDEX third_parties_owner_status_idx ON third_parties (workspace_id, owner_id, status, sort_name, id)
    INCLUDE (potential, deleted_at, search_text);
CREATE INDEX third_parties_status_idx ON third_parties (workspace_id, status, sort_name, id)
    INCLUDE (owner_id, potential, deleted_at, search_text);

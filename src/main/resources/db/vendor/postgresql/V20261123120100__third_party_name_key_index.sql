-- Possible duplicates by name: equality and a prefix range on the folded name key ('dupont ' <= key < 'dupont!',
-- which is "starts with dupont and a space" in code-point order). The key compares in the C collation, so the
-- range means the same whatever the database's collation and uses the index even in a generic plan (a bound
-- LIKE pattern would not). Only live third parties are indexed: deleted and merged ones are never duplicates.
ALTER TABLE third_parties ALTER COLUMN name_key SET DATA TYPE VARCHAR(200) COLLATE "C";
CREATE INDEX third_parties_name_key_idx ON third_parties (workspace_id, name_key) WHERE deleted_at IS NULL;

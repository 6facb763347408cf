-- Possible duplicates by name: equality and a prefix range on the folded name key. H2 compares strings by code
-- unit, as PostgreSQL's migration makes the key compare (COLLATE "C"); H2 has no partial index.
CREATE INDEX third_parties_name_key_idx ON third_parties (workspace_id, name_key);

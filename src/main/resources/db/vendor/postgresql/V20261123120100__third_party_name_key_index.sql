-- Possible duplicates by name: equality and a prefix LIKE ('dupont %') on the folded name key. The pattern operator
-- class lets a prefix LIKE use the index whatever the database's collation (a plain index needs the C collation).
CREATE INDEX third_parties_name_key_idx ON third_parties (workspace_id, name_key varchar_pattern_ops);

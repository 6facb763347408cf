-- Possible duplicates by name: equality and a prefix LIKE on the folded name key (H2 uses a plain index for both).
CREATE INDEX third_parties_name_key_idx ON third_parties (workspace_id, name_key);

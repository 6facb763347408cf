-- H2 has no INCLUDE: the owner-and-status index in name order keeps the version in step with PostgreSQL's.
CREATE INDEX third_parties_owner_status_idx ON third_parties (workspace_id, owner_id, status, sort_name, id);

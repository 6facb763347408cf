-- H2 has no INCLUDE: the same keys as PostgreSQL's indexes keep the version in step.
DROP INDEX IF EXISTS third_party_tags_tag_idx;
CREATE INDEX third_party_tags_owner_idx ON third_party_tags (workspace_id, tag_id, owner_id, status, sort_name, third_party_id);
CREATE INDEX third_party_tags_name_idx ON third_party_tags (workspace_id, tag_id, sort_name, third_party_id);

-- A tag's links in name order, per owner and status (a rep's "to contact, vip" list) and for everyone (a
-- manager's): the other filtered columns are INCLUDEd, so a page is an index-only scan that stops after 51
-- matches. They replace the plain (workspace, tag, third party) index, whose prefix they share.
DROP INDEX IF EXISTS third_party_tags_tag_idx;
CREATE INDEX third_party_tags_owner_idx ON third_party_tags (workspace_id, tag_id, owner_id, status, sort_name, third_party_id)
    INCLUDE (potential, deleted_at, search_text);
CREATE INDEX third_party_tags_name_idx ON third_party_tags (workspace_id, tag_id, sort_name, third_party_id)
    INCLUDE (owner_id, status, potential, deleted_at, search_text);

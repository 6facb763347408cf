-- A tag-filtered list at a million rows is walked from the tag's links: each link carries what the list filters
-- and sorts on of its third party, so a page reads a few hundred index entries and 51 rows. The application keeps
-- them in step (ThirdParties.update, Tags.add); the indexes are per database (db/vendor).
ALTER TABLE third_party_tags ADD COLUMN owner_id UUID;
ALTER TABLE third_party_tags ADD COLUMN status VARCHAR(20);
ALTER TABLE third_party_tags ADD COLUMN potential VARCHAR(40);
ALTER TABLE third_party_tags ADD COLUMN sort_name VARCHAR(200);
ALTER TABLE third_party_tags ADD COLUMN search_text VARCHAR(2000);
ALTER TABLE third_party_tags ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;

UPDATE third_party_tags SET (owner_id, status, potential, sort_name, search_text, deleted_at) = (
    SELECT t.owner_id, t.status, t.potential, t.sort_name, t.search_text, t.deleted_at FROM third_parties t
    WHERE t.workspace_id = third_party_tags.workspace_id AND t.id = third_party_tags.third_party_id);

ALTER TABLE third_party_tags ALTER COLUMN owner_id SET NOT NULL;
ALTER TABLE third_party_tags ALTER COLUMN status SET NOT NULL;
ALTER TABLE third_party_tags ALTER COLUMN potential SET NOT NULL;
ALTER TABLE third_party_tags ALTER COLUMN sort_name SET NOT NULL;
ALTER TABLE third_party_tags ALTER COLUMN search_text SET NOT NULL;

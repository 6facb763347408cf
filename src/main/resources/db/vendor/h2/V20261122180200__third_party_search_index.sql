-- H2 has no trigram index: a plain index keeps the version in step with PostgreSQL's migration.
CREATE INDEX third_parties_search_idx ON third_parties (workspace_id, search_text);
CREATE INDEX contacts_search_email ON contacts (workspace_id, email);

-- Text search in any position (name, code, e-mail, phone digits, city) at a million rows: a trigram index.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX third_parties_search_trgm ON third_parties USING gin (search_text gin_trgm_ops);
CREATE INDEX contacts_search_email ON contacts (workspace_id, email);

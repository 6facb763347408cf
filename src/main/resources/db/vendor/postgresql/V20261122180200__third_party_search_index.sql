-- Text search in any position (name, code, e-mail, phone digits, city) at a million rows: a trigram index.
-- The extension lives in "public" so that every schema (and the test suite's throw-away schemas) finds it.
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
CREATE INDEX third_parties_search_trgm ON third_parties USING gin (search_text public.gin_trgm_ops);
CREATE INDEX contacts_search_email ON contacts (workspace_id, email);

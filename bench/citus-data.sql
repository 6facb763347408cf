-- bench/citus: 1,000 workspaces of 1,000 third parties each (1,000,000 rows) beside the "Default" workspace the
-- bootstrap admin created. Ids are derived from numbers (md5), so a run can name workspace 1's rep and tag.
-- Every user signs in with the bootstrap admin's password. Owners, statuses, names, cities and tags are spread by
-- hashint4, not by n modulo small numbers (which made a rep's TO_CONTACT + vip page empty). Plain INSERT ... SELECT: the same script fills plain
-- PostgreSQL and a Citus coordinator (where it is distributed by workspace_id as the application's tables are).
\set ON_ERROR_STOP on
INSERT INTO workspaces (id, name, currency, default_locale, time_zone, country, created_at, version)
SELECT md5('ws' || w)::uuid, 'Bench ' || w, 'EUR', 'en', 'Europe/Paris', 'FR', now(), 0
FROM generate_series(1, 1000) w;

INSERT INTO user_accounts (id, workspace_id, email, display_name, password_hash, role, locale, active, created_at, version)
SELECT md5('rep' || w || '-' || r)::uuid, md5('ws' || w)::uuid, 'rep' || lpad(r::text, 2, '0') || '-w' || w || '@bench.test',
       'Rep ' || r, (SELECT password_hash FROM user_accounts WHERE email = 'admin@bench.test'), 'SALES_REP', 'en', true, now(), 0
FROM generate_series(1, 1000) w, generate_series(1, 10) r;

INSERT INTO potential_levels (workspace_id, level_key, label, position)
SELECT md5('ws' || w)::uuid, l.key, l.label, l.pos
FROM generate_series(1, 1000) w,
     (VALUES ('none', 'None', 0), ('low', 'Low', 1), ('medium', 'Medium', 2), ('high', 'High', 3)) l(key, label, pos);

INSERT INTO tags (workspace_id, id, name, name_key, color, version)
SELECT md5('ws' || w)::uuid, md5('tag' || w || '-' || t.name)::uuid, t.name, t.name, '#0d6efd', 0
FROM generate_series(1, 1000) w, (VALUES ('vip'), ('fair')) t(name);

CREATE TEMP TABLE bench_rows AS
SELECT md5('ws' || w)::uuid AS workspace_id, md5('tp' || w || '-' || n)::uuid AS id, w, n,
       (ARRAY['Martin', 'Marchand', 'Bernard', 'Dumas', 'Lambert', 'Moreau', 'Mercier', 'Garnier', 'Fabre', 'Rousseau',
              'Blanc', 'Guerin', 'Muller', 'Henry', 'Roux', 'Marin', 'Perrin', 'Morel', 'Girard', 'Andre'])[1 + abs(hashint4(n * 7 + w)) % 20]
           || ' ' || (ARRAY['SARL', 'Conseil', 'Habitat', 'Immobilier', 'Renov', 'et Fils', 'Services', 'Bois'])[1 + abs(hashint4(n * 3 + w)) % 8]
           || ' ' || n AS name,
       (ARRAY['NEVER_CONTACTED', 'TO_CONTACT', 'IN_PROGRESS', 'CONTACTED', 'DO_NOT_CONTACT'])[1 + abs(hashint4(n * 13 + w)) % 5] AS status,
       (ARRAY['none', 'low', 'medium', 'high'])[1 + abs(hashint4(n * 11 + w)) % 4] AS potential,
       md5('rep' || w || '-' || (1 + abs(hashint4(n * 31 + w)) % 10))::uuid AS owner_id,
       (ARRAY['Lyon', 'Marseille', 'Paris', 'Nantes', 'Lille', 'Rennes'])[1 + abs(hashint4(n * 5 + w)) % 6] AS city
FROM generate_series(1, 1000) w, generate_series(1, 1000) n;

INSERT INTO third_parties (workspace_id, id, code, name, sort_name, name_key, individual, prospect, customer, status,
                           potential, email, city, country, source, owner_id, search_text, created_at, updated_at, version)
SELECT workspace_id, id, 'CU2611-' || lpad(n::text, 4, '0'), name, lower(name), lower(name), false, true, false, status,
       potential, 'contact' || n || '@example.fr', city, 'FR', 'MANUAL', owner_id,
       lower(name || ' cu2611-' || lpad(n::text, 4, '0') || ' contact' || n || '@example.fr ' || city),
       now() - (n || ' minutes')::interval, now(), 0
FROM bench_rows;

INSERT INTO third_party_tags (workspace_id, third_party_id, tag_id, owner_id, status, potential, sort_name, search_text, deleted_at)
SELECT workspace_id, id, md5('tag' || w || '-vip')::uuid, owner_id, status, potential, lower(name),
       lower(name || ' cu2611-' || lpad(n::text, 4, '0') || ' contact' || n || '@example.fr ' || city), NULL
FROM bench_rows WHERE abs(hashint4(n * 17 + w)) % 3 = 0;

ANALYZE;

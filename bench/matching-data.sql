-- bench/matching's data: :objects objects and :profiles search profiles in the workspace :ws, deterministic (ids from
-- md5), on the workspace's third parties (bench/generate's). Run by bench/matching; erases what it made before.
\set ON_ERROR_STOP on
BEGIN;
DELETE FROM object_offers WHERE workspace_id = :'ws';
DELETE FROM search_profile_features WHERE workspace_id = :'ws';
DELETE FROM search_profile_places WHERE workspace_id = :'ws';
DELETE FROM search_profiles WHERE workspace_id = :'ws';
DELETE FROM sales_object_features WHERE workspace_id = :'ws';
DELETE FROM sales_objects WHERE workspace_id = :'ws';

-- objects: five types, 90 % available, prices 100,000–999,999, 1–6 rooms, 30–199 m², 200 postal codes, 50 cities,
-- six features set by the bits of their number
INSERT INTO sales_objects (workspace_id, id, reference, reference_key, title, sort_title, search_text, object_type,
    status, price, currency, rooms, area, postal_code, postal_code_key, city, city_key, country, description, owner_id,
    custom_fields, created_at, updated_at, version)
SELECT :'ws', md5('object' || i)::uuid, 'OBJ-' || i, 'obj-' || i, 'Object ' || i, 'object ' || i,
    'obj-' || i || ' object ' || i, (ARRAY['APARTMENT','HOUSE','LAND','COMMERCIAL','OTHER'])[1 + i % 5],
    CASE WHEN i % 10 = 0 THEN 'SOLD' ELSE 'AVAILABLE' END, 100000 + (i::bigint * 7919) % 900000, 'EUR', 1 + i % 6,
    30 + i % 170, (10000 + i % 200)::text, (10000 + i % 200)::text, 'City ' || (i % 50), 'city' || (i % 50), 'FR',
    NULL, (SELECT id FROM user_accounts WHERE workspace_id = :'ws' ORDER BY created_at LIMIT 1), '{}', now(), now(), 0
FROM generate_series(1, :objects) i;
INSERT INTO sales_object_features (workspace_id, object_id, feature)
SELECT :'ws', md5('object' || i)::uuid, (ARRAY['balcony','garden','lift','parking','cellar','terrace'])[1 + k]
FROM generate_series(1, :objects) i, generate_series(0, 5) k WHERE (i >> k) & 1 = 1;

-- profiles, one per third party in turn: a type for two in three, a price range, a few rooms, an area for half,
-- one postal code for half, one must-have for a quarter, two nice-to-haves, an expiry for a fifth (some past)
CREATE TEMP TABLE bench_parties AS
SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM third_parties WHERE workspace_id = :'ws' AND deleted_at IS NULL;
INSERT INTO search_profiles (workspace_id, id, third_party_id, contact_id, object_type, price_min, price_max, rooms_min,
    area_min, expires_on, place_count, must_count, nice_count, created_by, created_at, updated_at, version)
SELECT :'ws', md5('profile' || j)::uuid, t.id, NULL,
    CASE WHEN j % 3 = 0 THEN NULL ELSE (ARRAY['APARTMENT','HOUSE','LAND','COMMERCIAL','OTHER'])[1 + j % 5] END,
    CASE WHEN j % 2 = 0 THEN 100000 ELSE NULL END, 300000 + (j::bigint * 104729) % 700000, 1 + j % 4,
    CASE WHEN j % 2 = 1 THEN 40 + j % 60 ELSE NULL END,
    CASE WHEN j % 5 = 0 THEN current_date + (j % 60) - 10 ELSE NULL END,
    CASE WHEN j % 2 = 0 THEN 1 ELSE 0 END, CASE WHEN j % 4 = 0 THEN 1 ELSE 0 END, 2,
    (SELECT id FROM user_accounts WHERE workspace_id = :'ws' ORDER BY created_at LIMIT 1), now(), now(), 0
FROM generate_series(1, :profiles) j
JOIN bench_parties t ON t.n = j % (SELECT count(*) FROM bench_parties);
INSERT INTO search_profile_places (workspace_id, profile_id, place_key, place)
SELECT :'ws', md5('profile' || j)::uuid, (10000 + j % 200)::text, (10000 + j % 200)::text
FROM generate_series(1, :profiles) j WHERE j % 2 = 0;
INSERT INTO search_profile_features (workspace_id, profile_id, feature, must)
SELECT :'ws', md5('profile' || j)::uuid, (ARRAY['balcony','garden','lift','parking','cellar','terrace'])[1 + j % 6], TRUE
FROM generate_series(1, :profiles) j WHERE j % 4 = 0;
INSERT INTO search_profile_features (workspace_id, profile_id, feature, must)
SELECT :'ws', md5('profile' || j)::uuid, (ARRAY['balcony','garden','lift','parking','cellar','terrace'])[1 + (j + k) % 6], FALSE
FROM generate_series(1, :profiles) j, generate_series(1, 2) k;
COMMIT;
ANALYZE sales_objects; ANALYZE sales_object_features; ANALYZE search_profiles; ANALYZE search_profile_places;
ANALYZE search_profile_features; ANALYZE object_offers;
\pset tuples_only on
\pset format unaligned
SELECT 'objects=' || (SELECT count(*) FROM sales_objects WHERE workspace_id = :'ws')
    || ' profiles=' || (SELECT count(*) FROM search_profiles WHERE workspace_id = :'ws');

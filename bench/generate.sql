-- Fills workspace :'ws' with :n realistic third parties, directly in PostgreSQL (set-based, a few minutes).
-- Owners are the workspace's sales reps; sort_name and search_text are built the way the application builds them
-- (folded name, code, e-mail, phone digits as typed / E.164 / national, city, postal code).
\set ON_ERROR_STOP on
SET synchronous_commit = off;

CREATE TEMP TABLE first_names (i int, name text, folded text);
INSERT INTO first_names SELECT row_number() OVER () - 1, n, f FROM (VALUES
 ('Émilie','emilie'),('Zoé','zoe'),('Hélène','helene'),('François','francois'),('Jérôme','jerome'),('Amélie','amelie'),
 ('Léa','lea'),('Chloé','chloe'),('Noël','noel'),('Inès','ines'),('José','jose'),('María','maria'),('Álvaro','alvaro'),
 ('Lucía','lucia'),('Andrés','andres'),('Jürgen','jurgen'),('Jörg','jorg'),('Björn','bjorn'),('Günther','gunther'),
 ('Anna','anna'),('Marie','marie'),('Pierre','pierre'),('Jean','jean'),('Paul','paul'),('Sophie','sophie'),
 ('Thomas','thomas'),('Laura','laura'),('David','david'),('Sarah','sarah'),('Martin','martin'),('Julia','julia'),
 ('Michael','michael'),('Emma','emma'),('Lucas','lucas'),('Camille','camille'),('Carlos','carlos')) v(n, f);

CREATE TEMP TABLE last_names (i int, name text, folded text);
INSERT INTO last_names SELECT row_number() OVER () - 1, n, f FROM (VALUES
 ('Dupont','dupont'),('Lefèvre','lefevre'),('Müller','muller'),('Schröder','schroder'),('García','garcia'),
 ('Martínez','martinez'),('Núñez','nunez'),('Lambert','lambert'),('Moreau','moreau'),('Rousseau','rousseau'),
 ('Girard','girard'),('Bonnet','bonnet'),('Fontaine','fontaine'),('Chevalier','chevalier'),('Benoît','benoit'),
 ('Schmidt','schmidt'),('Schneider','schneider'),('Fischer','fischer'),('Weber','weber'),('Wagner','wagner'),
 ('Becker','becker'),('Hoffmann','hoffmann'),('López','lopez'),('Sánchez','sanchez'),('Pérez','perez'),
 ('Gómez','gomez'),('Fernández','fernandez'),('Smith','smith'),('Johnson','johnson'),('Williams','williams'),
 ('Brown','brown'),('Taylor','taylor'),('Martin','martin'),('Bernard','bernard'),('Dubois','dubois'),
 ('Durand','durand'),('Leroy','leroy'),('Mercier','mercier'),('Faure','faure'),('André','andre')) v(n, f);

CREATE TEMP TABLE companies (i int, name text, folded text);
INSERT INTO companies SELECT row_number() OVER () - 1, n, f FROM (VALUES
 ('Rénovations','renovations'),('Bâtiment','batiment'),('Menuiserie','menuiserie'),('Plomberie','plomberie'),
 ('Électricité','electricite'),('Immobilière','immobiliere'),('Agence','agence'),('Cuisines','cuisines'),
 ('Toitures','toitures'),('Construcciones','construcciones'),('Reformas','reformas'),('Inmobiliaria','inmobiliaria'),
 ('Bäckerei','backerei'),('Baufirma','baufirma'),('Immobilien','immobilien'),('Holzbau','holzbau'),
 ('Builders','builders'),('Properties','properties'),('Kitchens','kitchens'),('Roofing','roofing')) v(n, f);

CREATE TEMP TABLE places (i int, city text, folded text, postal text, country text, region_prefix text);
INSERT INTO places SELECT row_number() OVER () - 1, c, f, p, co, pr FROM (VALUES
 ('Lyon','lyon','69003','FR','33'),('Paris','paris','75011','FR','33'),('Marseille','marseille','13008','FR','33'),
 ('Villeurbanne','villeurbanne','69100','FR','33'),('Nantes','nantes','44000','FR','33'),('Saint-Étienne','saint-etienne','42000','FR','33'),
 ('Besançon','besancon','25000','FR','33'),('Orléans','orleans','45000','FR','33'),('Madrid','madrid','28001','ES','34'),
 ('Sevilla','sevilla','41001','ES','34'),('Málaga','malaga','29001','ES','34'),('Berlin','berlin','10115','DE','49'),
 ('München','munchen','80331','DE','49'),('Köln','koln','50667','DE','49'),('Düsseldorf','dusseldorf','40213','DE','49'),
 ('London','london','SW1A 1AA','GB','44'),('Bruxelles','bruxelles','1000','BE','32'),('Genève','geneve','1201','CH','41')) v(c, f, p, co, pr);

CREATE TEMP TABLE reps AS
SELECT row_number() OVER (ORDER BY id) - 1 AS i, id FROM user_accounts WHERE workspace_id = :'ws' AND role = 'SALES_REP';
SELECT count(*) AS reps FROM reps \gset
\if :reps
\else
  \echo 'No sales reps in this workspace: run bench/run prepare first'
  \quit
\endif

-- tags
INSERT INTO tags (workspace_id, id, name, name_key, color, version)
SELECT :'ws', gen_random_uuid(), t, t, '#0f6e6e', 0
FROM unnest(ARRAY['vip','renovation','kitchen','roof','bathroom','new-build','investor','landlord','first-buyer','referral',
                  'fair-2026','website','newsletter','cold','warm','hot','architect','partner','b2b','b2c']) t
ON CONFLICT DO NOTHING;

-- custom fields
INSERT INTO custom_fields (workspace_id, id, field_key, label, field_type, options, required, position, created_at, version)
VALUES (:'ws', gen_random_uuid(), 'project', 'Project', 'CHOICE', E'Kitchen\nBathroom\nRoof\nExtension\nFull renovation', false, 0, now(), 0),
       (:'ws', gen_random_uuid(), 'budget', 'Budget', 'AMOUNT', '', false, 1, now(), 0)
ON CONFLICT DO NOTHING;

-- the trigram index is rebuilt once at the end rather than updated a million times
DROP INDEX IF EXISTS third_parties_search_trgm;

CREATE TEMP TABLE gen AS
SELECT g AS n,
       (g * 7919) % 36 AS fi, (g * 104729) % 40 AS li, (g * 1299709) % 20 AS ci, (g * 15485863) % 18 AS pi,
       (g * 179424673) % (SELECT count(*) FROM reps) AS ri,
       g % 3 = 0 AS company,
       (g * 31) % 100 AS pct,
       lpad(((g * 48271) % 100000000)::text, 8, '0') AS digits8,
       g % 4 AS phone_format
FROM generate_series(1, :n) g;

INSERT INTO third_parties (workspace_id, id, code, name, sort_name, individual, prospect, customer, status, potential,
    email, phone, phone_e164, mobile, mobile_e164, website, address_line, postal_code, city, country, language, source,
    notes, owner_id, code_aliases, search_text, merged_into, created_at, updated_at, deleted_at, version)
SELECT :'ws', gen_random_uuid(), code, name, sort_name, NOT company, pct < 80, pct >= 60,
       (ARRAY['NEVER_CONTACTED','TO_CONTACT','IN_PROGRESS','CONTACTED','DO_NOT_CONTACT'])[1 + (n % 5)],
       (ARRAY['none','low','medium','high'])[1 + ((n / 5) % 4)],
       email, phone, e164, NULL, NULL, NULL, (n % 200 + 1) || ' rue de la Paix', postal, city, country, NULL, 'IMPORT',
       NULL, owner, NULL,
       left(concat_ws(' ', sort_name, lower(code), email, phone_digits, e164_digits, national_digits, city_folded, lower(postal)), 2000),
       NULL, now() - (n % 1000) * interval '1 hour', now() - (n % 500) * interval '1 hour', NULL, 0
FROM (
  SELECT gen.n, gen.company, gen.pct,
         'CU2611-' || lpad(gen.n::text, 7, '0') AS code,
         CASE WHEN gen.company THEN c.name || ' ' || l.name ELSE f.name || ' ' || l.name END AS name,
         CASE WHEN gen.company THEN c.folded || ' ' || l.folded ELSE f.folded || ' ' || l.folded END AS sort_name,
         CASE WHEN gen.company THEN 'contact' ELSE f.folded END || '.' || l.folded || gen.n || '@example.' || lower(p.country) AS email,
         CASE gen.phone_format
              WHEN 0 THEN '06 ' || substr(digits8,1,2) || ' ' || substr(digits8,3,2) || ' ' || substr(digits8,5,2) || ' ' || substr(digits8,7,2)
              WHEN 1 THEN '+' || p.region_prefix || ' 6 ' || substr(digits8,1,2) || ' ' || substr(digits8,3,2) || ' ' || substr(digits8,5,2) || ' ' || substr(digits8,7,2)
              WHEN 2 THEN '06' || digits8
              ELSE '06.' || substr(digits8,1,2) || '.' || substr(digits8,3,2) || '.' || substr(digits8,5,2) || '.' || substr(digits8,7,2)
         END AS phone,
         CASE WHEN gen.phone_format = 1 THEN p.region_prefix ELSE '' END || CASE WHEN gen.phone_format = 1 THEN '6' ELSE '06' END || digits8 AS phone_digits,
         '+' || p.region_prefix || '6' || digits8 AS e164,
         p.region_prefix || '6' || digits8 AS e164_digits,
         '06' || digits8 AS national_digits,
         p.city, p.folded AS city_folded, p.postal, p.country,
         r.id AS owner
  FROM gen
  JOIN first_names f ON f.i = gen.fi
  JOIN last_names l ON l.i = gen.li
  JOIN companies c ON c.i = gen.ci
  JOIN places p ON p.i = gen.pi
  JOIN reps r ON r.i = gen.ri
) x;

-- tags: vip on ~5 %, one or two other tags on most
INSERT INTO third_party_tags (workspace_id, third_party_id, tag_id)
SELECT t.workspace_id, t.id, tg.id
FROM third_parties t
JOIN tags tg ON tg.workspace_id = t.workspace_id AND tg.name = 'vip'
WHERE t.workspace_id = :'ws' AND abs(hashtext(t.code)) % 20 = 0
ON CONFLICT DO NOTHING;
INSERT INTO third_party_tags (workspace_id, third_party_id, tag_id)
SELECT t.workspace_id, t.id, tg.id
FROM third_parties t
JOIN LATERAL (SELECT id FROM tags WHERE workspace_id = t.workspace_id AND name <> 'vip'
              ORDER BY name OFFSET abs(hashtext(t.code || 'x')) % 19 LIMIT 1) tg ON true
WHERE t.workspace_id = :'ws' AND abs(hashtext(t.code)) % 10 < 7
ON CONFLICT DO NOTHING;

-- custom values on ~70 %
INSERT INTO custom_field_values (workspace_id, third_party_id, field_id, ordinal, value_text)
SELECT t.workspace_id, t.id, f.id, 0,
       (ARRAY['Kitchen','Bathroom','Roof','Extension','Full renovation'])[1 + abs(hashtext(t.code)) % 5]
FROM third_parties t JOIN custom_fields f ON f.workspace_id = t.workspace_id AND f.field_key = 'project'
WHERE t.workspace_id = :'ws' AND abs(hashtext(t.code || 'p')) % 10 < 7
ON CONFLICT DO NOTHING;
INSERT INTO custom_field_values (workspace_id, third_party_id, field_id, ordinal, value_number)
SELECT t.workspace_id, t.id, f.id, 0, (abs(hashtext(t.code || 'b')) % 100000) + 0.5
FROM third_parties t JOIN custom_fields f ON f.workspace_id = t.workspace_id AND f.field_key = 'budget'
WHERE t.workspace_id = :'ws' AND abs(hashtext(t.code || 'b')) % 10 < 7
ON CONFLICT DO NOTHING;

-- the app numbers new codes after the generated ones
INSERT INTO numbering_counters (workspace_id, counter_key, last_value)
VALUES (:'ws', 'THIRD_PARTY:' || to_char(now(), 'YYYYMM'), :n) ON CONFLICT (workspace_id, counter_key) DO UPDATE SET last_value = EXCLUDED.last_value;
INSERT INTO numbering_settings (workspace_id, entity, mask, version) VALUES (:'ws', 'THIRD_PARTY', 'CU{yy}{mm}-{0000000}', 1)
ON CONFLICT DO NOTHING;

CREATE INDEX IF NOT EXISTS third_parties_search_trgm ON third_parties USING gin (search_text public.gin_trgm_ops);
ANALYZE third_parties;
ANALYZE third_party_tags;
ANALYZE custom_field_values;
SELECT count(*) AS third_parties FROM third_parties WHERE workspace_id = :'ws';

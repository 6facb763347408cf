-- Possible duplicates are warned about while a name is typed: the name folded as sort_name is (lower case, accents
-- removed), with punctuation taken out - dots and apostrophes join ("S.A." is "sa", "L'Atelier" "latelier"), the
-- rest is a space ("Dupont-Lefevre & Fils" is "dupont lefevre fils") - compared by equality and by leading words.
-- ThirdParties.nameKey writes it; this backfill applies the same rule to the stored sort_name (the eight REPLACEs
-- collapse any run of spaces of a 200-character name). Its collation and index are per database (db/vendor).
ALTER TABLE third_parties ADD COLUMN name_key VARCHAR(200);

UPDATE third_parties SET name_key = TRIM(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(TRANSLATE(sort_name, '-_,;:/\&+()[]{}"!?*#@|~^<>=%$«»–—…·' || U&'\00A0\202F', '                                     '), '.', ''), '''', ''), '’', ''), '‘', ''), '`', ''), '  ', ' '), '  ', ' '), '  ', ' '), '  ', ' '), '  ', ' '), '  ', ' '), '  ', ' '), '  ', ' '));

ALTER TABLE third_parties ALTER COLUMN name_key SET NOT NULL;

-- A phone typed on the form is looked for among the mobiles too.
CREATE INDEX third_parties_mobile_idx ON third_parties (workspace_id, mobile_e164);

-- The numbering engine moves to shared and is keyed by document kind (THIRD_PARTY, later QUOTE, INVOICE):
-- a counter is one row per workspace, kind and period instead of a 'KIND:period' key; the masks' column is the kind.

ALTER TABLE numbering_counters ADD COLUMN kind VARCHAR(32);
ALTER TABLE numbering_counters ADD COLUMN period VARCHAR(40);

UPDATE numbering_counters
SET kind   = SUBSTRING(counter_key FROM 1 FOR POSITION(':' IN counter_key) - 1),
    period = SUBSTRING(counter_key FROM POSITION(':' IN counter_key) + 1)
WHERE POSITION(':' IN counter_key) > 0;

UPDATE numbering_counters SET kind = counter_key, period = 'all' WHERE kind IS NULL;

ALTER TABLE numbering_counters DROP CONSTRAINT numbering_counters_pk;
ALTER TABLE numbering_counters DROP COLUMN counter_key;
ALTER TABLE numbering_counters ALTER COLUMN kind SET NOT NULL;
ALTER TABLE numbering_counters ALTER COLUMN period SET NOT NULL;
ALTER TABLE numbering_counters ADD CONSTRAINT numbering_counters_pk PRIMARY KEY (workspace_id, kind, period);

ALTER TABLE numbering_settings RENAME COLUMN entity TO kind;

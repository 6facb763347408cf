-- A custom field's label and its choices' labels in each language Relance speaks (en, fr, es, de). choice_key is ''
-- for the field's own label, else the choice's stored key. A language without a row shows the default: the field's
-- label (custom_fields.label) or the choice's key. Distributed by workspace_id on Citus, colocated with custom_fields; no
-- key to workspaces (a reference table): on Citus that would turn the new table local before it is distributed.
CREATE TABLE custom_field_labels (
    workspace_id UUID         NOT NULL,
    field_id     UUID         NOT NULL,
    choice_key   VARCHAR(100) NOT NULL,
    language     VARCHAR(8)   NOT NULL,
    label        VARCHAR(120) NOT NULL,
    CONSTRAINT custom_field_labels_pk PRIMARY KEY (workspace_id, field_id, choice_key, language),
    CONSTRAINT custom_field_labels_field_fk FOREIGN KEY (workspace_id, field_id) REFERENCES custom_fields (workspace_id, id)
);

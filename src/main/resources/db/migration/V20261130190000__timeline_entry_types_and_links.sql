-- The timeline opens to every module: an entry's kind is a type owned by the module that records it
-- ('party.status-changed', later 'quote.opened'), and an entry may show on further records' timelines.

ALTER TABLE history_events ALTER COLUMN kind SET DATA TYPE VARCHAR(64);

UPDATE history_events SET kind = CASE kind
    WHEN 'CREATED' THEN 'party.created'
    WHEN 'FIELD_CHANGED' THEN 'party.field-changed'
    WHEN 'STATUS_CHANGED' THEN 'party.status-changed'
    WHEN 'POTENTIAL_CHANGED' THEN 'party.potential-changed'
    WHEN 'OWNER_CHANGED' THEN 'party.owner-changed'
    WHEN 'EXCEPTION_GRANTED' THEN 'party.exception-granted'
    WHEN 'EXCEPTION_REVOKED' THEN 'party.exception-revoked'
    WHEN 'CONTACT_ADDED' THEN 'party.contact-added'
    WHEN 'CONTACT_CHANGED' THEN 'party.contact-changed'
    WHEN 'CONTACT_REMOVED' THEN 'party.contact-removed'
    WHEN 'MERGED' THEN 'party.merged'
    WHEN 'DELETED' THEN 'party.deleted'
    WHEN 'RESTORED' THEN 'party.restored'
    WHEN 'FILE_ADDED' THEN 'history.file-added'
    WHEN 'FILE_REMOVED' THEN 'history.file-removed'
    WHEN 'NOTE' THEN 'history.note'
    WHEN 'CALL' THEN 'history.call'
    WHEN 'MEETING' THEN 'history.meeting'
    WHEN 'VISIT' THEN 'history.visit'
    WHEN 'EMAIL' THEN 'history.email'
    WHEN 'SMS' THEN 'history.sms'
    ELSE kind END;

-- Further records an entry shows on (its primary target stays in history_events). occurred_at is the entry's,
-- copied so that a record's linked entries are read newest first from the index alone.
CREATE TABLE history_links (
    workspace_id UUID        NOT NULL,
    event_id     UUID        NOT NULL,
    target_type  VARCHAR(32) NOT NULL,
    target_id    UUID        NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT history_links_pk PRIMARY KEY (workspace_id, event_id, target_type, target_id),
    CONSTRAINT history_links_event_fk FOREIGN KEY (workspace_id, event_id) REFERENCES history_events (workspace_id, id)
);
CREATE INDEX history_links_target_idx ON history_links (workspace_id, target_type, target_id, occurred_at, event_id);

-- Inquiries (module inquiry): what a person asked about an object, from the API, OpenImmo-feedback XML, a lead e-mail
-- or the public form. workspace_id leads every key (Citus: distributed by workspace_id, see shared.citus); no key to
-- other modules' tables (object, third party and contact are ids).
--
-- status: MATCHED (its contact and object found or made by itself), UNMATCHED (waits in the inbox for a person:
-- unmatched_reasons says why, OBJECT_NOT_FOUND and/or CONTACT_AMBIGUOUS), PROCESSED (a person assigned it), FAILED
-- (could not be read: failure says why; raw keeps what came). channel: API, XML, MAIL, FORM; source: the portal or
-- site named by the sender (free text). message_id: the Message-ID of the e-mail it came in (one e-mail may hold
-- several inquiries).
CREATE TABLE inquiries (
    workspace_id       UUID          NOT NULL,
    id                 UUID          NOT NULL,
    version            BIGINT        NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    channel            VARCHAR(8)    NOT NULL,
    source             VARCHAR(60),
    object_reference   VARCHAR(60),
    email              VARCHAR(254),
    first_name         VARCHAR(100),
    last_name          VARCHAR(100),
    phone              VARCHAR(40),
    message            TEXT,
    language           VARCHAR(2),
    unmatched_reasons  VARCHAR(60),
    failure            VARCHAR(500),
    raw                TEXT,
    message_id         VARCHAR(300),
    object_id          UUID,
    third_party_id     UUID,
    contact_id         UUID,
    contact_created    BOOLEAN       NOT NULL,
    received_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    received_by        UUID,
    processed_at       TIMESTAMP WITH TIME ZONE,
    processed_by       UUID,
    CONSTRAINT inquiries_pk PRIMARY KEY (workspace_id, id)
);
-- the inbox (unmatched, failed) and the list by status, newest first
CREATE INDEX inquiries_status_idx ON inquiries (workspace_id, status, received_at, id);
CREATE INDEX inquiries_message_idx ON inquiries (workspace_id, message_id);

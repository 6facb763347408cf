-- A workspace's branding and legal details, printed on its documents (quotes): one row per workspace, written on
-- its first save. The logo's bytes live here too (a checked PNG or JPEG of at most 512 KB), so every app node
-- renders documents from the database alone. No foreign key to workspaces (a reference table on Citus).
CREATE TABLE workspace_branding (
    workspace_id        UUID          NOT NULL,
    company_name        VARCHAR(120),
    address_line        VARCHAR(300),
    postal_code         VARCHAR(20),
    city                VARCHAR(100),
    country             CHAR(2),
    phone               VARCHAR(40),
    email               VARCHAR(254),
    website             VARCHAR(300),
    registration_number VARCHAR(60),
    vat_number          VARCHAR(30),
    legal_form          VARCHAR(300),
    bank_name           VARCHAR(120),
    iban                VARCHAR(34),
    bic                 VARCHAR(11),
    footer_text         VARCHAR(500),
    logo_id             UUID,
    logo_type           VARCHAR(20),
    logo_width          INT,
    logo_height         INT,
    logo_bytes          BYTEA,
    version             BIGINT        NOT NULL,
    CONSTRAINT workspace_branding_pk PRIMARY KEY (workspace_id)
);

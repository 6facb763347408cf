-- The catalogue: the workspace's tax rates and its products and services.

CREATE TABLE tax_rates (
    workspace_id UUID          NOT NULL,
    id           UUID          NOT NULL,
    name         VARCHAR(60)   NOT NULL,
    name_key     VARCHAR(60)   NOT NULL,
    percent      NUMERIC(6, 3) NOT NULL,
    is_default   BOOLEAN       NOT NULL,
    active       BOOLEAN       NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT        NOT NULL,
    CONSTRAINT tax_rates_pk PRIMARY KEY (workspace_id, id),
    CONSTRAINT tax_rates_name_key UNIQUE (workspace_id, name_key),
    CONSTRAINT tax_rates_percent_range CHECK (percent >= 0 AND percent <= 100)
);

CREATE TABLE products (
    workspace_id  UUID           NOT NULL,
    id            UUID           NOT NULL,
    reference     VARCHAR(60)    NOT NULL,
    reference_key VARCHAR(60)    NOT NULL,
    label         VARCHAR(200)   NOT NULL,
    sort_label    VARCHAR(400)   NOT NULL,
    search_text   VARCHAR(600)   NOT NULL,
    description   VARCHAR(4000),
    unit          VARCHAR(20),
    unit_price    NUMERIC(15, 2) NOT NULL,
    cost_price    NUMERIC(15, 2),
    tax_rate_id   UUID           NOT NULL,
    kind          VARCHAR(10)    NOT NULL,
    active        BOOLEAN        NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT         NOT NULL,
    CONSTRAINT products_pk PRIMARY KEY (workspace_id, id),
    CONSTRAINT products_reference_key UNIQUE (workspace_id, reference_key),
    CONSTRAINT products_tax_rate_fk FOREIGN KEY (workspace_id, tax_rate_id) REFERENCES tax_rates (workspace_id, id),
    CONSTRAINT products_prices_positive CHECK (unit_price >= 0 AND (cost_price IS NULL OR cost_price >= 0))
);

-- The list and the picker read products in label order (keyset paging on sort_label, id).
CREATE INDEX products_label_idx ON products (workspace_id, sort_label, id);
-- "Is this rate used?" before a rate is deleted.
CREATE INDEX products_tax_rate_idx ON products (workspace_id, tax_rate_id);

-- Objects offered for sale or rent, and their features (the custom fields set to true), what search profiles match.

CREATE TABLE sales_objects (
    workspace_id    UUID           NOT NULL,
    id              UUID           NOT NULL,
    reference       VARCHAR(60)    NOT NULL,
    reference_key   VARCHAR(60)    NOT NULL,
    title           VARCHAR(200)   NOT NULL,
    sort_title      VARCHAR(400)   NOT NULL,
    search_text     VARCHAR(800)   NOT NULL,
    object_type     VARCHAR(20)    NOT NULL,
    status          VARCHAR(20)    NOT NULL,
    price           NUMERIC(15, 2),
    currency        VARCHAR(3)     NOT NULL,
    rooms           NUMERIC(4, 1),
    area            NUMERIC(10, 2),
    postal_code     VARCHAR(20),
    postal_code_key VARCHAR(40),
    city            VARCHAR(100),
    city_key        VARCHAR(200),
    country         VARCHAR(2),
    description     VARCHAR(8000),
    owner_id        UUID           NOT NULL,
    custom_fields   VARCHAR(40000) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT         NOT NULL,
    CONSTRAINT sales_objects_pk PRIMARY KEY (workspace_id, id),
    CONSTRAINT sales_objects_reference_key UNIQUE (workspace_id, reference_key),
    CONSTRAINT sales_objects_numbers CHECK ((price IS NULL OR price >= 0) AND (rooms IS NULL OR rooms >= 0)
        AND (area IS NULL OR area >= 0))
);

-- The list reads objects in title order (keyset paging on sort_title, id).
CREATE INDEX sales_objects_title_idx ON sales_objects (workspace_id, sort_title, id);
-- Matching reads the available objects of a type within a price range.
CREATE INDEX sales_objects_matching_idx ON sales_objects (workspace_id, status, object_type, price);

CREATE TABLE sales_object_features (
    workspace_id UUID        NOT NULL,
    object_id    UUID        NOT NULL,
    feature      VARCHAR(40) NOT NULL,
    CONSTRAINT sales_object_features_pk PRIMARY KEY (workspace_id, object_id, feature),
    CONSTRAINT sales_object_features_object_fk FOREIGN KEY (workspace_id, object_id)
        REFERENCES sales_objects (workspace_id, id) ON DELETE CASCADE
);

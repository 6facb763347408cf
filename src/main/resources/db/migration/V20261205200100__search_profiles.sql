-- Buyers' search profiles (on a third party, optionally one of its contacts), their places and features, and the
-- objects offered to a third party through "write to matches" (what "already offered" reads).

CREATE TABLE search_profiles (
    workspace_id   UUID           NOT NULL,
    id             UUID           NOT NULL,
    third_party_id UUID           NOT NULL,
    contact_id     UUID,
    object_type    VARCHAR(20),
    price_min      NUMERIC(15, 2),
    price_max      NUMERIC(15, 2),
    rooms_min      NUMERIC(4, 1),
    area_min       NUMERIC(10, 2),
    expires_on     DATE,
    place_count    INTEGER        NOT NULL,
    must_count     INTEGER        NOT NULL,
    nice_count     INTEGER        NOT NULL,
    created_by     UUID           NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT         NOT NULL,
    CONSTRAINT search_profiles_pk PRIMARY KEY (workspace_id, id)
);

-- A third party's profiles (its record's panel); the matching of one object reads a workspace's profiles by type.
CREATE INDEX search_profiles_third_party_idx ON search_profiles (workspace_id, third_party_id, id);
CREATE INDEX search_profiles_matching_idx ON search_profiles (workspace_id, object_type, price_max);

CREATE TABLE search_profile_places (
    workspace_id UUID         NOT NULL,
    profile_id   UUID         NOT NULL,
    place_key    VARCHAR(200) NOT NULL,
    place        VARCHAR(100) NOT NULL,
    CONSTRAINT search_profile_places_pk PRIMARY KEY (workspace_id, profile_id, place_key),
    CONSTRAINT search_profile_places_profile_fk FOREIGN KEY (workspace_id, profile_id)
        REFERENCES search_profiles (workspace_id, id) ON DELETE CASCADE
);
-- The profiles asking for a place (the matching of one object).
CREATE INDEX search_profile_places_key_idx ON search_profile_places (workspace_id, place_key, profile_id);

CREATE TABLE search_profile_features (
    workspace_id UUID        NOT NULL,
    profile_id   UUID        NOT NULL,
    feature      VARCHAR(40) NOT NULL,
    must         BOOLEAN     NOT NULL,
    CONSTRAINT search_profile_features_pk PRIMARY KEY (workspace_id, profile_id, feature),
    CONSTRAINT search_profile_features_profile_fk FOREIGN KEY (workspace_id, profile_id)
        REFERENCES search_profiles (workspace_id, id) ON DELETE CASCADE
);

CREATE TABLE object_offers (
    workspace_id   UUID NOT NULL,
    object_id      UUID NOT NULL,
    third_party_id UUID NOT NULL,
    contact_id     UUID,
    profile_id     UUID,
    offered_by     UUID NOT NULL,
    offered_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT object_offers_pk PRIMARY KEY (workspace_id, object_id, third_party_id),
    CONSTRAINT object_offers_object_fk FOREIGN KEY (workspace_id, object_id)
        REFERENCES sales_objects (workspace_id, id)
);
-- "Already offered" seen from a third party (its profile's matches).
CREATE INDEX object_offers_third_party_idx ON object_offers (workspace_id, third_party_id, object_id);

package io.relance.object.matching;

/**
 * The matching's SQL, written once for both directions (an object's profiles, a profile's objects) on the aliases
 * {@code o} (sales_objects) and {@code p} (search_profiles). Every sub-query names the workspace as the bound
 * {@code :ws}, so that on Citus each statement is routed to the workspace's shard.
 *
 * <p>Knock-outs (all must hold): the object is {@code AVAILABLE}; the profile has not expired ({@code expiresOn} is
 * today or later, in the workspace's time zone); same type (a profile without a type takes any); price within
 * {@code priceMin}–{@code priceMax}; at least {@code roomsMin} rooms and {@code areaMin} m²; the object's postal code or
 * city is one of the profile's places (none: anywhere); the object has every {@code mustHave} feature. A criterion the
 * profile sets and the object leaves empty (no price, no area) does not hold.
 *
 * <p>Score = round(50 × niceToHave + 20 × price + 15 × rooms + 15 × area), each part from 0 to 1:
 * niceToHave = the share of the profile's nice-to-have features the object has (1 without any); price = 1 up to
 * 90 % of {@code priceMax}, then down to 0.5 at {@code priceMax} (1 without a maximum); rooms = 1 from
 * {@code roomsMin} + 1 on, 0.5 at exactly {@code roomsMin} (linear between; 1 without a minimum); area = 1 from 110 %
 * of {@code areaMin} on, 0.5 at exactly {@code areaMin} (linear between; 1 without a minimum).
 */
final class MatchingSql {

    static final String KNOCK_OUTS = """
            o.status = 'AVAILABLE'
            AND (p.expires_on IS NULL OR p.expires_on >= :today)
            AND (p.object_type IS NULL OR p.object_type = o.object_type)
            AND (p.price_min IS NULL OR o.price >= p.price_min)
            AND (p.price_max IS NULL OR o.price <= p.price_max)
            AND (p.rooms_min IS NULL OR o.rooms >= p.rooms_min)
            AND (p.area_min IS NULL OR o.area >= p.area_min)
            AND (p.place_count = 0 OR EXISTS (SELECT 1 FROM search_profile_places pl
                WHERE pl.workspace_id = :ws AND pl.profile_id = p.id
                  AND (pl.place_key = o.postal_code_key OR pl.place_key = o.city_key)))
            AND (p.must_count = 0 OR p.must_count = (SELECT COUNT(*) FROM search_profile_features pf
                JOIN sales_object_features ofe ON ofe.workspace_id = pf.workspace_id AND ofe.object_id = o.id
                  AND ofe.feature = pf.feature
                WHERE pf.workspace_id = :ws AND pf.profile_id = p.id AND pf.must = TRUE))""";

    static final String SCORE = """
            CAST(ROUND(
              50 * (CASE WHEN p.nice_count = 0 THEN 1.0 ELSE (SELECT COUNT(*) FROM search_profile_features pf
                  JOIN sales_object_features ofe ON ofe.workspace_id = pf.workspace_id AND ofe.object_id = o.id
                    AND ofe.feature = pf.feature
                  WHERE pf.workspace_id = :ws AND pf.profile_id = p.id AND pf.must = FALSE) * 1.0 / p.nice_count END)
            + 20 * (CASE WHEN p.price_max IS NULL OR p.price_max = 0 OR o.price <= 0.9 * p.price_max THEN 1.0
                  ELSE 0.5 + 0.5 * (p.price_max - o.price) / (0.1 * p.price_max) END)
            + 15 * (CASE WHEN p.rooms_min IS NULL OR o.rooms >= p.rooms_min + 1 THEN 1.0
                  ELSE 0.5 + 0.5 * (o.rooms - p.rooms_min) END)
            + 15 * (CASE WHEN p.area_min IS NULL OR p.area_min = 0 OR o.area >= 1.1 * p.area_min THEN 1.0
                  ELSE 0.5 + 0.5 * (o.area - p.area_min) / (0.1 * p.area_min) END)
            , 0) AS INTEGER)""";

    static final String OFFERED = """
            CASE WHEN EXISTS (SELECT 1 FROM object_offers f WHERE f.workspace_id = :ws AND f.object_id = o.id
              AND f.third_party_id = p.third_party_id) THEN 1 ELSE 0 END""";

    /** The columns every match answers, then the ordering's keyset (not yet offered first, best score first). */
    static final String COLUMNS = "o.id AS object_id, p.id AS profile_id, p.third_party_id, p.contact_id, " + SCORE
            + " AS score, " + OFFERED + " AS offered";

    /** After the match a cursor names: keyset paging over the computed order, no OFFSET. */
    static final String KEYSET = " WHERE (m.offered > :afterOffered OR (m.offered = :afterOffered"
            + " AND (m.score < :afterScore OR (m.score = :afterScore AND m.match_key > :afterKey))))";

    private MatchingSql() {}
}

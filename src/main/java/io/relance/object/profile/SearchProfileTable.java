package io.relance.object.profile;

import io.relance.object.SalesObjectType;
import io.relance.object.core.SalesObject;
import io.relance.party.ThirdPartyId;
import io.relance.shared.Db;
import io.relance.shared.StaleVersionException;
import io.relance.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The search_profiles table, with their places (search_profile_places: a key folded as objects' postal codes and
 * cities are) and features (search_profile_features, {@code must} for a knock-out). Every statement names the
 * workspace.
 */
@Repository
class SearchProfileTable {

    private final JdbcClient jdbc;

    SearchProfileTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WorkspaceId ws, SearchProfile p) {
        jdbc.sql("""
                INSERT INTO search_profiles (workspace_id, id, third_party_id, contact_id, object_type, price_min,
                    price_max, rooms_min, area_min, expires_on, place_count, must_count, nice_count, created_by,
                    created_at, updated_at, version)
                VALUES (:ws, :id, :thirdParty, :contact, :type, :priceMin, :priceMax, :roomsMin, :areaMin, :expiresOn,
                    :placeCount, :mustCount, :niceCount, :createdBy, :createdAt, :updatedAt, 0)""").params(params(ws, p)).update();
        writeChildren(ws, p);
    }

    void update(WorkspaceId ws, SearchProfile p, long expected) {
        Map<String, Object> params = params(ws, p);
        params.put("expected", expected);
        int rows = jdbc.sql("""
                UPDATE search_profiles SET contact_id = :contact, object_type = :type, price_min = :priceMin,
                    price_max = :priceMax, rooms_min = :roomsMin, area_min = :areaMin, expires_on = :expiresOn,
                    place_count = :placeCount, must_count = :mustCount, nice_count = :niceCount,
                    updated_at = :updatedAt, version = version + 1
                WHERE workspace_id = :ws AND id = :id AND version = :expected""").params(params).update();
        if (rows == 0) {
            throw new StaleVersionException();
        }
        deleteChildren(ws, p.id());
        writeChildren(ws, p);
    }

    void delete(WorkspaceId ws, UUID id) {
        deleteChildren(ws, id);
        jdbc.sql("DELETE FROM search_profiles WHERE workspace_id = ? AND id = ?")
                .params(ws.value(), id)
                .update();
    }

    Optional<SearchProfile> find(WorkspaceId ws, UUID id) {
        List<SearchProfile> found = read(ws, "p.id = :id", Map.of("id", id));
        return found.stream().findFirst();
    }

    List<SearchProfile> ofThirdParty(WorkspaceId ws, ThirdPartyId thirdParty) {
        return read(ws, "p.third_party_id = :tp", Map.of("tp", thirdParty.value()));
    }

    /** A merge: the duplicate's profiles go to the survivor. */
    void moveThirdParty(WorkspaceId ws, ThirdPartyId from, ThirdPartyId to) {
        jdbc.sql("UPDATE search_profiles SET third_party_id = ? WHERE workspace_id = ? AND third_party_id = ?")
                .params(to.value(), ws.value(), from.value())
                .update();
    }

    List<UUID> idsOfThirdParty(WorkspaceId ws, ThirdPartyId thirdParty) {
        return jdbc.sql("SELECT id FROM search_profiles WHERE workspace_id = ? AND third_party_id = ?")
                .params(ws.value(), thirdParty.value())
                .query((rs, n) -> Db.uuid(rs, "id"))
                .list();
    }

    private List<SearchProfile> read(WorkspaceId ws, String where, Map<String, Object> more) {
        Map<String, Object> params = new LinkedHashMap<>(more);
        params.put("ws", ws.value());
        List<Row> rows = jdbc.sql("SELECT * FROM search_profiles p WHERE p.workspace_id = :ws AND " + where
                        + " ORDER BY p.created_at, p.id")
                .params(params)
                .query(SearchProfileTable::row)
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(r -> r.id).toList();
        Map<UUID, List<String>> places = new LinkedHashMap<>();
        Map<UUID, List<String>> must = new LinkedHashMap<>();
        Map<UUID, List<String>> nice = new LinkedHashMap<>();
        jdbc.sql("SELECT profile_id, place FROM search_profile_places WHERE workspace_id = :ws AND profile_id IN (:ids)"
                        + " ORDER BY place")
                .params(Map.of("ws", ws.value(), "ids", ids))
                .query((rs, n) -> places.computeIfAbsent(Db.uuid(rs, "profile_id"), k -> new ArrayList<>())
                        .add(rs.getString("place")))
                .list();
        jdbc.sql("SELECT profile_id, feature, must FROM search_profile_features WHERE workspace_id = :ws"
                        + " AND profile_id IN (:ids) ORDER BY feature")
                .params(Map.of("ws", ws.value(), "ids", ids))
                .query((rs, n) -> (rs.getBoolean("must") ? must : nice)
                        .computeIfAbsent(Db.uuid(rs, "profile_id"), k -> new ArrayList<>())
                        .add(rs.getString("feature")))
                .list();
        return rows.stream()
                .map(r -> r.profile(
                        places.getOrDefault(r.id, List.of()),
                        must.getOrDefault(r.id, List.of()),
                        nice.getOrDefault(r.id, List.of())))
                .toList();
    }

    private void writeChildren(WorkspaceId ws, SearchProfile p) {
        Map<String, String> places = new LinkedHashMap<>();
        p.places().forEach(place -> places.putIfAbsent(SalesObject.placeKey(place), place));
        places.forEach((key, place) -> jdbc.sql(
                        "INSERT INTO search_profile_places (workspace_id, profile_id, place_key, place) VALUES (?, ?, ?, ?)")
                .params(ws.value(), p.id(), key, place)
                .update());
        for (String f : p.mustHave()) {
            feature(ws, p.id(), f, true);
        }
        for (String f : p.niceToHave()) {
            if (!p.mustHave().contains(f)) {
                feature(ws, p.id(), f, false);
            }
        }
    }

    private void feature(WorkspaceId ws, UUID profile, String feature, boolean must) {
        jdbc.sql("INSERT INTO search_profile_features (workspace_id, profile_id, feature, must) VALUES (?, ?, ?, ?)")
                .params(ws.value(), profile, feature, must)
                .update();
    }

    private void deleteChildren(WorkspaceId ws, UUID id) {
        jdbc.sql("DELETE FROM search_profile_places WHERE workspace_id = ? AND profile_id = ?")
                .params(ws.value(), id)
                .update();
        jdbc.sql("DELETE FROM search_profile_features WHERE workspace_id = ? AND profile_id = ?")
                .params(ws.value(), id)
                .update();
    }

    private static Map<String, Object> params(WorkspaceId ws, SearchProfile p) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("ws", ws.value());
        params.put("id", p.id());
        params.put("thirdParty", p.thirdPartyId().value());
        params.put("contact", p.contactId());
        params.put("type", p.objectType() == null ? null : p.objectType().name());
        params.put("priceMin", p.priceMin());
        params.put("priceMax", p.priceMax());
        params.put("roomsMin", p.roomsMin());
        params.put("areaMin", p.areaMin());
        params.put("expiresOn", p.expiresOn());
        params.put(
                "placeCount",
                new LinkedHashSet<>(
                                p.places().stream().map(SalesObject::placeKey).toList())
                        .size());
        params.put("mustCount", p.mustHave().size());
        params.put("niceCount", (int)
                p.niceToHave().stream().filter(f -> !p.mustHave().contains(f)).count());
        params.put("createdBy", p.createdBy());
        params.put("createdAt", Db.ts(p.createdAt()));
        params.put("updatedAt", Db.ts(p.updatedAt()));
        return params;
    }

    /** A row before its places and features are read. */
    private record Row(UUID id, ResultSetValues v) {

        SearchProfile profile(List<String> places, List<String> must, List<String> nice) {
            return new SearchProfile(
                    id,
                    new ThirdPartyId(v.thirdParty()),
                    v.contact(),
                    v.type(),
                    v.priceMin(),
                    v.priceMax(),
                    v.roomsMin(),
                    v.areaMin(),
                    places,
                    must,
                    nice,
                    v.expiresOn(),
                    v.createdBy(),
                    v.createdAt(),
                    v.updatedAt(),
                    v.version());
        }
    }

    private record ResultSetValues(
            UUID thirdParty,
            UUID contact,
            SalesObjectType type,
            java.math.BigDecimal priceMin,
            java.math.BigDecimal priceMax,
            java.math.BigDecimal roomsMin,
            java.math.BigDecimal areaMin,
            java.time.LocalDate expiresOn,
            UUID createdBy,
            java.time.Instant createdAt,
            java.time.Instant updatedAt,
            long version) {}

    private static Row row(ResultSet rs, int n) throws SQLException {
        String type = rs.getString("object_type");
        java.sql.Date expires = rs.getDate("expires_on");
        return new Row(
                Db.uuid(rs, "id"),
                new ResultSetValues(
                        Db.uuid(rs, "third_party_id"),
                        Db.uuid(rs, "contact_id"),
                        type == null ? null : SalesObjectType.valueOf(type),
                        scaled(rs.getBigDecimal("price_min"), 2),
                        scaled(rs.getBigDecimal("price_max"), 2),
                        scaled(rs.getBigDecimal("rooms_min"), 1),
                        scaled(rs.getBigDecimal("area_min"), 2),
                        expires == null ? null : expires.toLocalDate(),
                        Db.uuid(rs, "created_by"),
                        Db.instant(rs, "created_at"),
                        Db.instant(rs, "updated_at"),
                        rs.getLong("version")));
    }

    private static java.math.BigDecimal scaled(java.math.BigDecimal v, int scale) {
        return v == null ? null : v.setScale(scale);
    }
}

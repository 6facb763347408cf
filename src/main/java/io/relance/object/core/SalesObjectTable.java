package io.relance.object.core;

import io.relance.object.SalesObjectId;
import io.relance.object.SalesObjectStatus;
import io.relance.object.SalesObjectType;
import io.relance.shared.Db;
import io.relance.shared.StaleVersionException;
import io.relance.shared.Text;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sales_objects table and its features (sales_object_features: one row per custom field set to true, what the
 * matching joins on). Every statement names the workspace.
 */
@Repository
public class SalesObjectTable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SELECT = "SELECT * FROM sales_objects o";

    private final JdbcClient jdbc;

    SalesObjectTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WorkspaceId ws, SalesObject o) {
        jdbc.sql("""
                INSERT INTO sales_objects (workspace_id, id, reference, reference_key, title, sort_title, search_text,
                    object_type, status, price, currency, rooms, area, postal_code, postal_code_key, city, city_key,
                    country, description, owner_id, custom_fields, created_at, updated_at, version)
                VALUES (:ws, :id, :reference, :referenceKey, :title, :sortTitle, :search, :type, :status, :price,
                    :currency, :rooms, :area, :postalCode, :postalCodeKey, :city, :cityKey, :country, :description,
                    :owner, :customFields, :createdAt, :updatedAt, 0)""").params(params(ws, o)).update();
        writeFeatures(ws, o);
    }

    /** Saves every field if the row is still at {@code expectedVersion}; a stale write is a 409. */
    void update(WorkspaceId ws, SalesObject o, long expectedVersion) {
        Map<String, Object> params = params(ws, o);
        params.put("expected", expectedVersion);
        int rows = jdbc.sql("""
                UPDATE sales_objects SET reference = :reference, reference_key = :referenceKey, title = :title,
                    sort_title = :sortTitle, search_text = :search, object_type = :type, status = :status,
                    price = :price, rooms = :rooms, area = :area, postal_code = :postalCode,
                    postal_code_key = :postalCodeKey, city = :city, city_key = :cityKey, country = :country,
                    description = :description, owner_id = :owner, custom_fields = :customFields,
                    updated_at = :updatedAt, version = version + 1
                WHERE workspace_id = :ws AND id = :id AND version = :expected""").params(params).update();
        if (rows == 0) {
            throw new StaleVersionException();
        }
        jdbc.sql("DELETE FROM sales_object_features WHERE workspace_id = ? AND object_id = ?")
                .params(ws.value(), o.id().value())
                .update();
        writeFeatures(ws, o);
    }

    private void writeFeatures(WorkspaceId ws, SalesObject o) {
        for (String feature : o.features()) {
            jdbc.sql("INSERT INTO sales_object_features (workspace_id, object_id, feature) VALUES (?, ?, ?)")
                    .params(ws.value(), o.id().value(), feature)
                    .update();
        }
    }

    public Optional<SalesObject> find(WorkspaceId ws, UUID id) {
        return jdbc.sql(SELECT + " WHERE o.workspace_id = ? AND o.id = ?")
                .params(ws.value(), id)
                .query(SalesObjectTable::map)
                .optional();
    }

    /** These objects of the workspace, in one query. */
    public List<SalesObject> findAll(WorkspaceId ws, java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE o.workspace_id = :ws AND o.id IN (:ids)")
                .params(Map.of("ws", ws.value(), "ids", List.copyOf(ids)))
                .query(SalesObjectTable::map)
                .list();
    }

    public Optional<SalesObject> findByReference(WorkspaceId ws, String reference) {
        return jdbc.sql(SELECT + " WHERE o.workspace_id = ? AND o.reference_key = ?")
                .params(ws.value(), SalesObject.referenceKey(reference))
                .query(SalesObjectTable::map)
                .optional();
    }

    boolean referenceTaken(WorkspaceId ws, String reference, UUID exclude) {
        return jdbc.sql("SELECT COUNT(*) FROM sales_objects WHERE workspace_id = ? AND reference_key = ? AND id <> ?")
                        .params(
                                ws.value(),
                                SalesObject.referenceKey(reference),
                                exclude == null ? new UUID(0, 0) : exclude)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** At most {@code limit} objects matching the filter in title order, after the row the cursor names. */
    List<SalesObject> page(WorkspaceId ws, SalesObjectFilter filter, String afterTitle, UUID afterId, int limit) {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE o.workspace_id = :ws");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("ws", ws.value());
        if (filter.q() != null) {
            String[] words = Text.fold(filter.q()).split(" ");
            for (int i = 0; i < words.length; i++) {
                sql.append(" AND o.search_text LIKE :w").append(i).append(" ESCAPE '\\'");
                params.put("w" + i, "%" + escapeLike(words[i]) + "%");
            }
        }
        if (!filter.statuses().isEmpty()) {
            sql.append(" AND o.status IN (:statuses)");
            params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        if (filter.type() != null) {
            sql.append(" AND o.object_type = :type");
            params.put("type", filter.type().name());
        }
        if (filter.ownerId() != null) {
            sql.append(" AND o.owner_id = :owner");
            params.put("owner", filter.ownerId());
        }
        if (filter.place() != null) {
            sql.append(" AND (o.postal_code_key = :place OR o.city_key = :place)");
            params.put("place", SalesObject.placeKey(filter.place()));
        }
        if (filter.priceMin() != null) {
            sql.append(" AND o.price >= :priceMin");
            params.put("priceMin", filter.priceMin());
        }
        if (filter.priceMax() != null) {
            sql.append(" AND o.price <= :priceMax");
            params.put("priceMax", filter.priceMax());
        }
        if (afterTitle != null) {
            sql.append(" AND (o.sort_title > :afterTitle OR (o.sort_title = :afterTitle AND o.id > :afterId))");
            params.put("afterTitle", afterTitle);
            params.put("afterId", afterId);
        }
        sql.append(" ORDER BY o.sort_title, o.id LIMIT :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString())
                .params(params)
                .query(SalesObjectTable::map)
                .list();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Map<String, Object> params(WorkspaceId ws, SalesObject o) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("ws", ws.value());
        params.put("id", o.id().value());
        params.put("reference", o.reference());
        params.put("referenceKey", SalesObject.referenceKey(o.reference()));
        params.put("title", o.title());
        params.put("sortTitle", o.sortTitle());
        params.put("search", o.searchText());
        params.put("type", o.type().name());
        params.put("status", o.status().name());
        params.put("price", o.price());
        params.put("currency", o.currency());
        params.put("rooms", o.rooms());
        params.put("area", o.area());
        params.put("postalCode", o.postalCode());
        params.put("postalCodeKey", SalesObject.placeKey(o.postalCode()));
        params.put("city", o.city());
        params.put("cityKey", SalesObject.placeKey(o.city()));
        params.put("country", o.country());
        params.put("description", o.description());
        params.put("owner", o.ownerId().value());
        params.put("customFields", JSON.writeValueAsString(o.customFields()));
        params.put("createdAt", Db.ts(o.createdAt()));
        params.put("updatedAt", Db.ts(o.updatedAt()));
        return params;
    }

    static SalesObject map(ResultSet rs, int n) throws SQLException {
        Map<String, Object> custom = JSON.readValue(rs.getString("custom_fields"), new TypeReference<>() {});
        custom.replaceAll((k, v) -> v instanceof Double || v instanceof Float ? new BigDecimal(v.toString()) : v);
        return new SalesObject(
                new SalesObjectId(Db.uuid(rs, "id")),
                rs.getString("reference"),
                rs.getString("title"),
                SalesObjectType.valueOf(rs.getString("object_type")),
                SalesObjectStatus.valueOf(rs.getString("status")),
                scaled(rs.getBigDecimal("price"), 2),
                rs.getString("currency"),
                scaled(rs.getBigDecimal("rooms"), 1),
                scaled(rs.getBigDecimal("area"), 2),
                rs.getString("postal_code"),
                rs.getString("city"),
                rs.getString("country"),
                rs.getString("description"),
                new UserId(Db.uuid(rs, "owner_id")),
                custom,
                Db.instant(rs, "created_at"),
                Db.instant(rs, "updated_at"),
                rs.getLong("version"));
    }

    private static BigDecimal scaled(BigDecimal value, int scale) {
        return value == null ? null : value.setScale(scale);
    }
}

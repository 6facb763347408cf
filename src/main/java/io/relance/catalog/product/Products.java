package io.relance.catalog.product;

import io.relance.catalog.ProductId;
import io.relance.catalog.TaxRateId;
import io.relance.catalog.TaxRateSummary;
import io.relance.shared.Db;
import io.relance.shared.StaleVersionException;
import io.relance.shared.Text;
import io.relance.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The products table, read with each product's tax rate. Every statement names the workspace. */
@Repository
public class Products {

    private static final String SELECT = """
            SELECT p.id, p.reference, p.label, p.description, p.unit, p.unit_price, p.cost_price, p.tax_rate_id,
                p.kind, p.active, p.created_at, p.updated_at, p.version, p.sort_label,
                r.name AS rate_name, r.percent AS rate_percent, r.is_default AS rate_default, r.active AS rate_active
            FROM products p JOIN tax_rates r ON r.workspace_id = p.workspace_id AND r.id = p.tax_rate_id
            """;

    private final JdbcClient jdbc;

    Products(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WorkspaceId ws, Product p) {
        jdbc.sql("""
                INSERT INTO products (workspace_id, id, reference, reference_key, label, sort_label, search_text,
                    description, unit, unit_price, cost_price, tax_rate_id, kind, active, created_at, updated_at, version)
                VALUES (:ws, :id, :reference, :referenceKey, :label, :sortLabel, :search, :description, :unit,
                    :unitPrice, :costPrice, :rate, :kind, :active, :createdAt, :updatedAt, 0)""").params(params(ws, p)).update();
    }

    /** Saves every field if the row is still at {@code expectedVersion}; a stale write is a 409. */
    void update(WorkspaceId ws, Product p, long expectedVersion) {
        Map<String, Object> params = params(ws, p);
        params.put("expected", expectedVersion);
        int rows = jdbc.sql("""
                UPDATE products SET reference = :reference, reference_key = :referenceKey, label = :label,
                    sort_label = :sortLabel, search_text = :search, description = :description, unit = :unit,
                    unit_price = :unitPrice, cost_price = :costPrice, tax_rate_id = :rate, kind = :kind,
                    active = :active, updated_at = :updatedAt, version = version + 1
                WHERE workspace_id = :ws AND id = :id AND version = :expected""").params(params).update();
        if (rows == 0) {
            throw new StaleVersionException();
        }
    }

    public Optional<ProductDetails> find(WorkspaceId ws, UUID id) {
        return jdbc.sql(SELECT + " WHERE p.workspace_id = ? AND p.id = ?")
                .params(ws.value(), id)
                .query(Products::map)
                .optional();
    }

    boolean referenceTaken(WorkspaceId ws, String reference, UUID exclude) {
        return jdbc.sql("SELECT COUNT(*) FROM products WHERE workspace_id = ? AND reference_key = ? AND id <> ?")
                        .params(ws.value(), Product.referenceKey(reference), exclude == null ? new UUID(0, 0) : exclude)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * At most {@code limit} products matching the filter in label order, after the row the cursor names (its
     * folded label and id): keyset paging, no OFFSET.
     */
    List<ProductDetails> page(WorkspaceId ws, ProductFilter filter, String afterLabel, UUID afterId, int limit) {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE p.workspace_id = :ws");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("ws", ws.value());
        if (filter.q() != null) {
            String[] words = Text.fold(filter.q()).split(" ");
            for (int i = 0; i < words.length; i++) {
                sql.append(" AND p.search_text LIKE :w").append(i).append(" ESCAPE '\\'");
                params.put("w" + i, "%" + escapeLike(words[i]) + "%");
            }
        }
        if (filter.active() != null) {
            sql.append(" AND p.active = :active");
            params.put("active", filter.active());
        }
        if (filter.kind() != null) {
            sql.append(" AND p.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (afterLabel != null) {
            sql.append(" AND (p.sort_label > :afterLabel OR (p.sort_label = :afterLabel AND p.id > :afterId))");
            params.put("afterLabel", afterLabel);
            params.put("afterId", afterId);
        }
        sql.append(" ORDER BY p.sort_label, p.id LIMIT :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query(Products::map).list();
    }

    /** The folded label a product is sorted on (what a cursor carries). */
    static String sortLabel(ProductDetails d) {
        return d.product().sortLabel();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Map<String, Object> params(WorkspaceId ws, Product p) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("ws", ws.value());
        params.put("id", p.id().value());
        params.put("reference", p.reference());
        params.put("referenceKey", Product.referenceKey(p.reference()));
        params.put("label", p.label());
        params.put("sortLabel", p.sortLabel());
        params.put("search", p.searchText());
        params.put("description", p.description());
        params.put("unit", p.unit());
        params.put("unitPrice", p.unitPrice());
        params.put("costPrice", p.costPrice());
        params.put("rate", p.taxRateId().value());
        params.put("kind", p.kind().name());
        params.put("active", p.active());
        params.put("createdAt", Db.ts(p.createdAt()));
        params.put("updatedAt", Db.ts(p.updatedAt()));
        return params;
    }

    private static ProductDetails map(ResultSet rs, int n) throws SQLException {
        TaxRateId rate = new TaxRateId(Db.uuid(rs, "tax_rate_id"));
        Product p = new Product(
                new ProductId(Db.uuid(rs, "id")),
                rs.getString("reference"),
                rs.getString("label"),
                rs.getString("description"),
                rs.getString("unit"),
                rs.getBigDecimal("unit_price").setScale(2),
                rs.getBigDecimal("cost_price") == null
                        ? null
                        : rs.getBigDecimal("cost_price").setScale(2),
                rate,
                ProductKind.valueOf(rs.getString("kind")),
                rs.getBoolean("active"),
                Db.instant(rs, "created_at"),
                Db.instant(rs, "updated_at"),
                rs.getLong("version"));
        TaxRateSummary summary = new TaxRateSummary(
                rate,
                rs.getString("rate_name"),
                new java.math.BigDecimal(
                        rs.getBigDecimal("rate_percent").stripTrailingZeros().toPlainString()),
                rs.getBoolean("rate_default"),
                rs.getBoolean("rate_active"));
        return new ProductDetails(p, summary);
    }
}

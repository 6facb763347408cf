package io.relance.catalog.taxrate;

import io.relance.catalog.TaxRateId;
import io.relance.shared.Db;
import io.relance.shared.StaleVersionException;
import io.relance.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tax_rates table. Every statement names the workspace. */
@Repository
public class TaxRates {

    private static final String COLUMNS = "id, name, percent, is_default, active, created_at, updated_at, version";

    private final JdbcClient jdbc;

    TaxRates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The workspace's rates: the default first, then by percent (highest first) and name. */
    public List<TaxRate> all(WorkspaceId ws) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM tax_rates WHERE workspace_id = ? ORDER BY is_default DESC, percent DESC, name_key, id")
                .param(ws.value())
                .query(TaxRates::map)
                .list();
    }

    public Optional<TaxRate> find(WorkspaceId ws, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tax_rates WHERE workspace_id = ? AND id = ?")
                .params(ws.value(), id)
                .query(TaxRates::map)
                .optional();
    }

    /**
     * Locks the workspace's rates until the transaction ends: changes of rates are made one after the other, so
     * that two admins choosing two defaults at once still leave one.
     */
    void lock(WorkspaceId ws) {
        jdbc.sql("SELECT id FROM tax_rates WHERE workspace_id = ? FOR UPDATE")
                .param(ws.value())
                .query(UUID.class)
                .list();
    }

    void insert(WorkspaceId ws, TaxRate rate) {
        jdbc.sql("""
                INSERT INTO tax_rates (workspace_id, id, name, name_key, percent, is_default, active, created_at,
                    updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(
                        ws.value(),
                        rate.id().value(),
                        rate.name(),
                        TaxRate.nameKey(rate.name()),
                        rate.percent(),
                        rate.isDefault(),
                        rate.active(),
                        Db.ts(rate.createdAt()),
                        Db.ts(rate.updatedAt()))
                .update();
    }

    /** Saves the rate if still at {@code expectedVersion}; a stale write is a 409. */
    void update(WorkspaceId ws, TaxRate rate, long expectedVersion) {
        int rows = jdbc.sql("""
                UPDATE tax_rates SET name = ?, name_key = ?, percent = ?, is_default = ?, active = ?, updated_at = ?,
                    version = version + 1
                WHERE workspace_id = ? AND id = ? AND version = ?""")
                .params(
                        rate.name(),
                        TaxRate.nameKey(rate.name()),
                        rate.percent(),
                        rate.isDefault(),
                        rate.active(),
                        Db.ts(rate.updatedAt()),
                        ws.value(),
                        rate.id().value(),
                        expectedVersion)
                .update();
        if (rows == 0) {
            throw new StaleVersionException();
        }
    }

    void delete(WorkspaceId ws, UUID id) {
        jdbc.sql("DELETE FROM tax_rates WHERE workspace_id = ? AND id = ?")
                .params(ws.value(), id)
                .update();
    }

    boolean nameTaken(WorkspaceId ws, String name, UUID exclude) {
        return jdbc.sql("SELECT COUNT(*) FROM tax_rates WHERE workspace_id = ? AND name_key = ? AND id <> ?")
                        .params(ws.value(), TaxRate.nameKey(name), exclude == null ? new UUID(0, 0) : exclude)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** How many products (active or not) use this rate. */
    long productsUsing(WorkspaceId ws, UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM products WHERE workspace_id = ? AND tax_rate_id = ?")
                .params(ws.value(), id)
                .query(Long.class)
                .single();
    }

    private static TaxRate map(ResultSet rs, int n) throws SQLException {
        return new TaxRate(
                new TaxRateId(Db.uuid(rs, "id")),
                rs.getString("name"),
                rs.getBigDecimal("percent"),
                rs.getBoolean("is_default"),
                rs.getBoolean("active"),
                Db.instant(rs, "created_at"),
                Db.instant(rs, "updated_at"),
                rs.getLong("version"));
    }
}

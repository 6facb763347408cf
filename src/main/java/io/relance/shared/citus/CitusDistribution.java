package io.relance.shared.citus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Citus path of the migrations: after each migration, in its transaction, every table it created is made a
 * Citus table (see {@link CitusTables}), so a later migration distributes what it creates in the same version and
 * the next one finds it distributed. Foreign keys touching the new tables are dropped first and created again once
 * both ends are Citus tables (Citus refuses a local table referencing a distributed one, and distributing one table
 * at a time would). After the whole run, anything still undistributed (an installation that ran on plain
 * PostgreSQL before the extension was added) is distributed the same way, its rows copied to the shards.
 */
final class CitusDistribution implements Callback {

    private static final Logger log = LoggerFactory.getLogger(CitusDistribution.class);

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_EACH_MIGRATE
                || event == Event.AFTER_EACH_MIGRATE
                || event == Event.AFTER_MIGRATE
                || event == Event.AFTER_EACH_MIGRATE_ERROR;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        if (event == Event.AFTER_EACH_MIGRATE_ERROR) {
            log.error("Citus: a migration failed. Its new tables stay local tables until it ends, then are"
                    + " distributed or made reference tables (CitusTables; README, Scaling out)");
            return;
        }
        Connection connection = context.getConnection();
        try {
            if (event == Event.BEFORE_EACH_MIGRATE) {
                // DDL on shards over one connection per node: a table created in this transaction may then be
                // distributed with a foreign key to a reference table (Citus refuses it after parallel access)
                execute(connection, "SET LOCAL citus.multi_shard_modify_mode TO 'sequential'");
                // Citus' notices about tables it adds to its metadata for a moment are not worth a log line each
                execute(connection, "SET LOCAL client_min_messages TO warning");
                // a migration may rewrite every workspace's rows (a multi-shard statement) even where the
                // connections are set to refuse them (citus.multi_task_query_log_level = error, to catch a query
                // that forgot its workspace)
                execute(connection, "SET LOCAL citus.multi_task_query_log_level TO off");
            } else if (event == Event.AFTER_EACH_MIGRATE) {
                distributeNewTables(connection);
            } else if (!connection.getAutoCommit()) {
                execute(connection, "SET LOCAL citus.multi_shard_modify_mode TO 'sequential'");
                distributeNewTables(connection);
            } else {
                connection.setAutoCommit(false);
                try {
                    execute(connection, "SET LOCAL citus.multi_shard_modify_mode TO 'sequential'");
                    distributeNewTables(connection);
                    connection.commit();
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new FlywayException("Citus: could not distribute the tables: " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return "citus-distribution";
    }

    static void distributeNewTables(Connection connection) throws SQLException {
        Map<Long, PendingTable> pending = pendingTables(connection);
        if (pending.isEmpty()) {
            return;
        }
        List<String[]> foreignKeys = foreignKeysTouching(connection, pending.keySet());
        for (String[] fk : foreignKeys) {
            execute(connection, "ALTER TABLE " + fk[0] + " DROP CONSTRAINT " + fk[1]);
        }
        for (PendingTable table : pending.values()) {
            if (table.kind() == Kind.REFERENCE) {
                call(connection, "SELECT create_reference_table(?)", table.qualifiedName());
            }
        }
        String colocateWith = existingDistributedTable(connection);
        for (PendingTable table : pending.values()) {
            if (table.kind() == Kind.DISTRIBUTED) {
                call(
                        connection,
                        "SELECT create_distributed_table(?, '" + CitusTables.DISTRIBUTION_COLUMN
                                + "', colocate_with => ?)",
                        table.qualifiedName(),
                        colocateWith == null ? "default" : colocateWith);
                if (colocateWith == null) {
                    colocateWith = table.qualifiedName();
                }
            }
        }
        for (String[] fk : foreignKeys) {
            execute(connection, "ALTER TABLE " + fk[0] + " ADD CONSTRAINT " + fk[1] + " " + fk[2]);
        }
        log.info(
                "Citus: distributed {}",
                pending.values().stream().map(PendingTable::describe).toList());
    }

    private enum Kind {
        REFERENCE,
        DISTRIBUTED
    }

    private record PendingTable(String name, String qualifiedName, Kind kind) {
        String describe() {
            return name + (kind == Kind.REFERENCE ? " (reference)" : " (by workspace_id)");
        }
    }

    /**
     * Tables of the current schema that are not Citus tables yet, except the coordinator-local ones. A table the
     * migration gave a foreign key to a reference table is already a Citus local table, added automatically: it is
     * pending too (dropping its foreign keys takes it out of the metadata again).
     */
    private static Map<Long, PendingTable> pendingTables(Connection connection) throws SQLException {
        Map<Long, PendingTable> pending = new LinkedHashMap<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("""
                        SELECT c.oid, c.relname, format('%I.%I', n.nspname, c.relname) AS qualified,
                               EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid
                                       AND a.attname = 'workspace_id' AND NOT a.attisdropped) AS has_workspace
                        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition
                          AND NOT EXISTS (SELECT 1 FROM pg_dist_partition p WHERE p.logicalrelid = c.oid
                                          AND NOT (p.partmethod = 'n' AND p.repmodel = 's' AND p.autoconverted))
                        ORDER BY c.oid""")) {
            while (rs.next()) {
                String name = rs.getString("relname");
                if (CitusTables.COORDINATOR_LOCAL.contains(name)) {
                    continue;
                }
                Kind kind;
                if (CitusTables.REFERENCE.contains(name)) {
                    kind = Kind.REFERENCE;
                } else if (rs.getBoolean("has_workspace")) {
                    kind = Kind.DISTRIBUTED;
                } else {
                    throw new FlywayException("Citus: table " + name
                            + " has no workspace_id: give it one, or list it in CitusTables as a reference or"
                            + " coordinator-local table");
                }
                pending.put(rs.getLong("oid"), new PendingTable(name, rs.getString("qualified"), kind));
            }
        }
        return pending;
    }

    /** Foreign keys from or to the pending tables: table, constraint (both quoted) and definition. */
    private static List<String[]> foreignKeysTouching(Connection connection, Iterable<Long> oids) throws SQLException {
        StringBuilder in = new StringBuilder();
        for (Long oid : oids) {
            in.append(in.isEmpty() ? "" : ",").append(oid.longValue());
        }
        List<String[]> keys = new ArrayList<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("""
                        SELECT format('%%I.%%I', n.nspname, c.relname), quote_ident(con.conname),
                               pg_get_constraintdef(con.oid)
                        FROM pg_constraint con
                        JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE con.contype = 'f' AND (con.conrelid IN (%s) OR con.confrelid IN (%s))
                        ORDER BY con.oid""".formatted(in, in))) {
            while (rs.next()) {
                keys.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        }
        return keys;
    }

    /** A table of the current schema already distributed by workspace_id, to colocate new ones with. */
    private static String existingDistributedTable(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("""
                        SELECT format('%I.%I', n.nspname, c.relname)
                        FROM pg_dist_partition p JOIN pg_class c ON c.oid = p.logicalrelid
                        JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE n.nspname = current_schema() AND p.partmethod = 'h'
                        ORDER BY p.logicalrelid LIMIT 1""")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static void call(Connection connection, String sql, String... args) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            ps.execute();
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }
}

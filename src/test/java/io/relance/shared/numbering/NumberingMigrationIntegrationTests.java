package io.relance.shared.numbering;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Migration V20261130190100 keeps every counter: a 'KIND:period' key becomes its kind and period, with the same last
 * value. Run on a database of its own: H2, or a fresh schema on the PostgreSQL run.
 */
class NumberingMigrationIntegrationTests {

    static final String BEFORE = "20261123150000";

    @Test
    void existingCountersAreKeptUnderTheirKindAndPeriod() throws Exception {
        String schema = "numbering_" + UUID.randomUUID().toString().substring(0, 8);
        String url;
        String user;
        String password;
        String vendor;
        String postgres = System.getenv("RELANCE_TEST_POSTGRES_URL");
        if ("postgres".equals(System.getProperty("relance.test.database")) && postgres != null && !postgres.isBlank()) {
            url = postgres + (postgres.contains("?") ? "&" : "?") + "currentSchema=" + schema;
            user = envOr("RELANCE_TEST_POSTGRES_USER", "postgres");
            password = envOr("RELANCE_TEST_POSTGRES_PASSWORD", "");
            vendor = "postgresql";
        } else {
            url = "jdbc:h2:mem:" + schema
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
            user = "sa";
            password = "";
            vendor = "h2";
        }
        var flyway = Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor);
        if (vendor.equals("postgresql")) {
            flyway = flyway.schemas(schema).defaultSchema(schema);
        }
        flyway.target(BEFORE).load().migrate();
        UUID ws = UUID.randomUUID();
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO workspaces (id, name, currency, default_locale, time_zone, country, created_at,"
                    + " version) VALUES ('" + ws
                    + "', 'Acme', 'EUR', 'fr', 'Europe/Paris', 'FR', CURRENT_TIMESTAMP, 0)");
            s.execute("INSERT INTO numbering_counters (workspace_id, counter_key, last_value) VALUES"
                    + " ('" + ws + "', 'THIRD_PARTY:202611', 41), ('" + ws + "', 'THIRD_PARTY:FY2026', 7),"
                    + " ('" + ws + "', 'LEGACY', 3)");
            s.execute("INSERT INTO numbering_settings (workspace_id, entity, mask, version) VALUES" + " ('" + ws
                    + "', 'THIRD_PARTY', 'CL-{0000}', 2)");
        }

        flyway.target("latest").load().migrate();

        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            List<String> counters = new ArrayList<>();
            try (ResultSet rs =
                    s.executeQuery("SELECT kind, period, last_value FROM numbering_counters ORDER BY kind, period")) {
                while (rs.next()) {
                    counters.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getLong(3));
                }
            }
            assertThat(counters).containsExactly("LEGACY all 3", "THIRD_PARTY 202611 41", "THIRD_PARTY FY2026 7");
            try (ResultSet rs = s.executeQuery("SELECT kind, mask, version FROM numbering_settings")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1) + " " + rs.getString(2) + " " + rs.getLong(3))
                        .isEqualTo("THIRD_PARTY CL-{0000} 2");
            }
            if (vendor.equals("postgresql")) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

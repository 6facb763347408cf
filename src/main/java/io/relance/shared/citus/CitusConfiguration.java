package io.relance.shared.citus;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Turns the Citus path of the migrations on when the database has the citus extension, or when
 * {@code relance.database.citus=true} ({@code RELANCE_DATABASE_CITUS}; the extension is then created if missing).
 * {@code false} keeps a Citus database's tables local (not advised).
 */
@Configuration(proxyBeanMethods = false)
class CitusConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CitusConfiguration.class);

    @Bean
    FlywayConfigurationCustomizer citusDistribution(@Value("${relance.database.citus:#{null}}") Boolean configured) {
        return configuration -> {
            if (Boolean.FALSE.equals(configured) || !onCitus(configuration.getDataSource(), configured)) {
                return;
            }
            log.info("Citus: the migrations distribute every table they create");
            List<Callback> callbacks = new ArrayList<>(Arrays.asList(configuration.getCallbacks()));
            callbacks.add(new CitusDistribution());
            configuration.callbacks(callbacks.toArray(Callback[]::new));
        };
    }

    static boolean onCitus(DataSource dataSource, Boolean configured) {
        try (Connection connection = dataSource.getConnection()) {
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                if (Boolean.TRUE.equals(configured)) {
                    throw new FlywayException("relance.database.citus=true needs PostgreSQL with the citus extension");
                }
                return false;
            }
            if (hasCitus(connection)) {
                return true;
            }
            if (Boolean.TRUE.equals(configured)) {
                try (Statement st = connection.createStatement()) {
                    st.execute("CREATE EXTENSION IF NOT EXISTS citus");
                }
                return true;
            }
            return false;
        } catch (SQLException e) {
            throw new FlywayException("Citus: could not check for the citus extension: " + e.getMessage(), e);
        }
    }

    private static boolean hasCitus(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT 1 FROM pg_extension WHERE extname = 'citus'")) {
            return rs.next();
        }
    }
}

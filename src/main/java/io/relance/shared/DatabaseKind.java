package io.relance.shared;

import javax.sql.DataSource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which database Relance runs on, for the few statements written differently on PostgreSQL (and Citus) than on H2:
 * a batch keyed by arrays ({@code UPDATE … FROM unnest(?::uuid[], …)}) where H2 gets a JDBC batch of keyed rows.
 * Asked of the database once, on first use.
 */
@Component
public class DatabaseKind {

    private final DataSource dataSource;
    private volatile Boolean postgres;

    DatabaseKind(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** True on PostgreSQL and Citus, false on H2. */
    public boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            known = Boolean.TRUE.equals(new JdbcTemplate(dataSource).execute((ConnectionCallback<Boolean>)
                    c -> "PostgreSQL".equals(c.getMetaData().getDatabaseProductName())));
            postgres = known;
        }
        return known;
    }
}

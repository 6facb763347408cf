package io.relance.shared;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * On PostgreSQL, every connection turns JIT compilation and parallel workers off: Relance's queries are short OLTP
 * statements (a page of 51 rows) for which compiling costs more (10–25 ms) than it saves, and starting workers
 * costs more than the scan they would share, while other users wait for the cores. An explicit
 * connection-init-sql wins.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    static BeanPostProcessor postgresSessionSettings() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource hikari
                        && hikari.getJdbcUrl() != null
                        && hikari.getJdbcUrl().startsWith("jdbc:postgresql:")
                        && hikari.getConnectionInitSql() == null) {
                    hikari.setConnectionInitSql("SET jit = off; SET max_parallel_workers_per_gather = 0");
                }
                return bean;
            }
        };
    }
}

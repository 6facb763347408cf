package io.relance.shared;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * On PostgreSQL, every connection turns JIT compilation off: Relance's queries are short OLTP statements for
 * which compiling costs more (10–25 ms) than it saves. An explicit connection-init-sql wins.
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
                    hikari.setConnectionInitSql("SET jit = off");
                }
                return bean;
            }
        };
    }
}

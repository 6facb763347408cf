package io.relance;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Which database the integration suite runs on. Maven runs the suite three times: on H2 (always), on PostgreSQL
 * ({@code -Drelance.test.database=postgres}, with {@code RELANCE_TEST_POSTGRES_URL}) and on a Citus coordinator
 * ({@code -Drelance.test.database=citus}, with {@code RELANCE_TEST_CITUS_URL}; {@code scripts/citus-local start}
 * gives one). Without its variable a run is skipped with a message, except on CI, where both are mandatory.
 */
public final class TestDatabases
        implements ApplicationContextInitializer<ConfigurableApplicationContext>, ExecutionCondition {

    /** A test property naming a fresh, empty database of its own (set-up page, bootstrap admin). */
    public static final String FRESH = "relance.test.fresh-database";

    /** On PostgreSQL, plain or Citus. */
    public static boolean onPostgres() {
        return "postgres".equals(database()) || onCitus();
    }

    /** On a Citus coordinator. */
    public static boolean onCitus() {
        return "citus".equals(database());
    }

    private static String database() {
        return System.getProperty("relance.test.database");
    }

    private static String variable() {
        return onCitus() ? "RELANCE_TEST_CITUS" : "RELANCE_TEST_POSTGRES";
    }

    static String postgresUrl() {
        return System.getenv(variable() + "_URL");
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!onPostgres() || (postgresUrl() != null && !postgresUrl().isBlank())) {
            return ConditionEvaluationResult.enabled("database available");
        }
        String run = onCitus() ? "Citus" : "PostgreSQL";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(
                    "CI=true but " + variable() + "_URL is not set: the " + run + " run is mandatory on CI");
        }
        return ConditionEvaluationResult.disabled(
                variable() + "_URL not set: " + run + " run of the integration suite skipped");
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var env = context.getEnvironment();
        String fresh = env.getProperty(FRESH);
        Map<String, Object> props = new HashMap<>();
        if (onPostgres()) {
            String url = postgresUrl();
            props.put("spring.datasource.url", url);
            props.put("spring.datasource.username", envOr(variable() + "_USER", "postgres"));
            props.put("spring.datasource.password", envOr(variable() + "_PASSWORD", ""));
            if (fresh != null) {
                String schema =
                        ("fresh_" + fresh + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase();
                props.put("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
                props.put("spring.flyway.schemas", schema);
                props.put("spring.flyway.default-schema", schema);
            }
        } else {
            String name = fresh == null ? "relance-shared" : "relance-" + fresh + "-" + UUID.randomUUID();
            props.put(
                    "spring.datasource.url",
                    "jdbc:h2:mem:" + name
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            props.put("spring.datasource.username", "sa");
            props.put("spring.datasource.password", "");
        }
        // tests run jobs themselves, at the instant they chose (JobsIntegrationTests starts the scheduler)
        // several test contexts stay cached side by side: each keeps a few connections, not twenty
        props.put("spring.datasource.hikari.minimum-idle", "1");
        props.put("spring.datasource.hikari.maximum-pool-size", "8");
        if (env.getProperty("relance.jobs.enabled") == null) {
            props.put("relance.jobs.enabled", "false");
        }
        // the contact rules' quiet hours would hold the e-mails of a test that runs at night: the tests of the contact
        // rules turn the hold on (ContactRulesSendingIntegrationTests), at the instants they chose
        if (env.getProperty("relance.contact-rules.hold-sends") == null) {
            props.put("relance.contact-rules.hold-sends", "false");
        }
        env.getPropertySources().addFirst(new MapPropertySource("relance-test-database", props));
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

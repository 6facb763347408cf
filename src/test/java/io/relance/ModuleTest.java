package io.relance;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.core.annotation.AliasFor;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A module test: the module of the test's package started alone with what it needs (by default the modules it
 * depends on directly, and always the shared kernel: clock, web, jobs), on the test database, the clock back at real time after each test. Its events are checked
 * with a {@code Scenario} parameter.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApplicationModuleTest(extraIncludes = "shared")
@ContextConfiguration(initializers = TestDatabases.class)
@ExtendWith({TestDatabases.class, ClockReset.class})
public @interface ModuleTest {

    /** Which other modules start beside it. */
    @AliasFor(annotation = ApplicationModuleTest.class, attribute = "mode")
    ApplicationModuleTest.BootstrapMode value() default ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES;
}

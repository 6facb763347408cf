package io.relance.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.jayway.jsonpath.JsonPath;
import io.relance.RelanceApplication;
import io.relance.TestDatabases;
import io.relance.workspace.WorkspaceFixture;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * Two app nodes over one database, as a hosting provider runs them behind a load balancer without sticky
 * sessions: a user signed in on node A goes on on node B, a job runs once across both, a workspace change made on
 * A shows on B within the 5 seconds of caching, and the test clock set on A is B's too. Two whole applications on
 * random ports in this JVM, over the run's database server (PostgreSQL or Citus; not H2 in memory, which would
 * prove little about a database shared by two machines).
 */
@ExtendWith(TestDatabases.class)
@EnabledIfSystemProperty(named = "relance.test.database", matches = "postgres|citus")
class TwoAppNodesIntegrationTests {

    static final Map<String, List<String>> executions = new ConcurrentHashMap<>();

    /** A one-time job that notes which node ran each instance. */
    static class CountingJob {
        @Bean
        Task<Void> countOnce(@Value("${relance.test.node}") String node) {
            return Tasks.oneTime("count-once")
                    .execute((instance, context) -> executions
                            .computeIfAbsent(instance.getId(), id -> new CopyOnWriteArrayList<>())
                            .add(node));
        }
    }

    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;
    final HttpClient http = HttpClient.newHttpClient();

    static ConfigurableApplicationContext node(String name) {
        return new SpringApplicationBuilder(RelanceApplication.class, CountingJob.class)
                .initializers(new TestDatabases())
                .run(
                        "--server.port=0",
                        "--relance.jobs.enabled=true",
                        "--relance.jobs.polling-interval=PT0.2S",
                        "--relance.testing.clock-enabled=true",
                        "--relance.test.node=" + name,
                        "--spring.main.banner-mode=off");
    }

    @BeforeAll
    static void startBothNodes() {
        a = node("A");
        b = node("B");
    }

    @AfterAll
    static void stopBothNodes() {
        if (b != null) {
            b.getBean(AdjustableClock.class).reset();
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    static String url(ConfigurableApplicationContext node, String path) {
        return "http://localhost:" + node.getEnvironment().getProperty("local.server.port") + path;
    }

    static void awaitUntil(BooleanSupplier done, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("not there in time").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String basic(String email) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((email + ":" + WorkspaceFixture.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aUserSignedInOnOneNodeGoesOnOnTheOther() throws Exception {
        String email =
                a.getBean(WorkspaceFixture.class).create("Two nodes").admin().getUsername();
        HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(url(a, "/login"))));
        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(form.body());
        assertThat(csrf.find()).as("the login form's CSRF token").isTrue();
        HttpResponse<String> signIn = send(HttpRequest.newBuilder(URI.create(url(a, "/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", sessionCookie(form))
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                        + "&password=" + WorkspaceFixture.PASSWORD + "&_csrf=" + csrf.group(1))));
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        String session = sessionCookie(signIn);

        HttpResponse<String> onB =
                send(HttpRequest.newBuilder(URI.create(url(b, "/profile"))).header("Cookie", session));
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onB.body()).contains("<title>Profile").contains("Ada Admin");
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(URI.create(url(b, "/profile"))));
        assertThat(anonymous.statusCode()).isEqualTo(302);
    }

    @Test
    void eachJobRunsOnceAcrossBothNodes() throws Exception {
        @SuppressWarnings("unchecked")
        Task<Void> job = (Task<Void>) a.getBean("countOnce", Task.class);
        Scheduler scheduler = a.getBean(Scheduler.class);
        Instant now = a.getBean(AdjustableClock.class).instant();
        for (int i = 0; i < 40; i++) {
            scheduler.schedule(job.instance("run-" + i), now);
        }
        b.getBean(Scheduler.class).triggerCheckForDueExecutions();
        scheduler.triggerCheckForDueExecutions();
        awaitUntil(() -> executions.size() == 40, Duration.ofSeconds(30));
        Thread.sleep(1000); // a few more polls of both nodes: nothing runs twice
        assertThat(executions)
                .hasSize(40)
                .allSatisfy((id, nodes) -> assertThat(nodes).as(id).hasSize(1));
    }

    @Test
    void aWorkspaceChangeOnOneNodeShowsOnTheOtherWithinFiveSeconds() throws Exception {
        String email =
                a.getBean(WorkspaceFixture.class).create("Before").admin().getUsername();
        String before = send(HttpRequest.newBuilder(URI.create(url(b, "/api/v1/workspace")))
                        .header("Authorization", basic(email)))
                .body();
        assertThat(JsonPath.<String>read(before, "$.name")).isEqualTo("Before");
        Number version = JsonPath.read(before, "$.version");
        HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(url(a, "/api/v1/workspace")))
                .header("Authorization", basic(email))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"After\",\"currency\":\"EUR\",\"defaultLocale\":"
                        + "\"en\",\"timeZone\":\"Europe/Paris\",\"country\":\"FR\",\"version\":" + version + "}")));
        assertThat(put.statusCode()).isEqualTo(200);
        awaitUntil(
                () -> {
                    try {
                        return send(HttpRequest.newBuilder(URI.create(url(b, "/api/v1/workspace")))
                                        .header("Authorization", basic(email)))
                                .body()
                                .contains("\"After\"");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                },
                Duration.ofSeconds(6));
    }

    @Test
    void theTestClockSetOnOneNodeIsTheOthersToo() throws Exception {
        String email = a.getBean(WorkspaceFixture.class).operator().getUsername(); // the clock is the operator's
        // ten minutes ahead: no hourly job of the shared database comes due (and is moved) meanwhile
        Instant later = Instant.now().plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> set = send(HttpRequest.newBuilder(URI.create(url(a, "/api/v1/testing/clock")))
                .header("Authorization", basic(email))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"now\":\"" + later + "\"}")));
        assertThat(set.statusCode()).isEqualTo(200);
        String onB = send(HttpRequest.newBuilder(URI.create(url(b, "/api/v1/testing/clock")))
                        .header("Authorization", basic(email)))
                .body();
        Instant bNow = Instant.parse(JsonPath.read(onB, "$.now"));
        assertThat(bNow).isBetween(later, later.plus(Duration.ofMinutes(1)));
        awaitUntil(
                () -> b.getBean(AdjustableClock.class).instant().isAfter(later.minus(Duration.ofSeconds(1))),
                Duration.ofSeconds(1));

        send(HttpRequest.newBuilder(URI.create(url(b, "/api/v1/testing/clock")))
                .header("Authorization", basic(email))
                .DELETE());
        awaitUntil(() -> !a.getBean(AdjustableClock.class).isAdjusted(), Duration.ofSeconds(3));
    }
}

package io.relance.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.MvcTest;
import io.relance.shared.AdjustableClock;
import io.relance.shared.RelanceUser;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** An instance with self-service sign-up and the test clock switched on. */
@TestPropertySource(properties = {"relance.signup.enabled=true", "relance.testing.clock-enabled=true"})
class OpenInstanceIntegrationTests extends MvcTest {

    @Autowired
    WorkspaceManagement management;

    @Autowired
    AdjustableClock clock;

    @Test
    void selfServiceSignUpCreatesASeparateWorkspace() throws Exception {
        var first = workspaces.create("First");
        mvc.perform(NewWorkspaceForms.post(
                        "/signup",
                        new NewWorkspace(
                                "Second",
                                "USD",
                                "es",
                                "America/Mexico_City",
                                "MX",
                                "Sofía",
                                "sofia@second.test",
                                "a-long-enough-password")))
                .andExpect(redirectedUrl("/login?signedUp="));
        RelanceUser sofia = management.signInCandidate("sofia@second.test").orElseThrow();
        assertThat(sofia.workspaceId()).isNotEqualTo(first.id());
        mvc.perform(get("/api/v1/users?limit=500").with(user(sofia)))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].email").value("sofia@second.test"));
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signUp(
            String address, String email, String password) {
        return NewWorkspaceForms.post(
                        "/signup",
                        new NewWorkspace("Probe", "EUR", "en", "Europe/Paris", "FR", "Probe", email, password))
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }

    @Test
    void signUpAnswersTheSameForAKnownEmailAndCreatesNothing() throws Exception {
        var known = workspaces.create("Known");
        String address = "10.9." + (int) (Math.random() * 250) + ".1";
        String knownAnswer = mvc.perform(signUp(address, known.admin().email(), "an-attackers-password"))
                .andExpect(redirectedUrl("/login?signedUp="))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String fresh = "fresh-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@probe.test";
        String freshAnswer = mvc.perform(signUp(address, fresh, "a-long-enough-password"))
                .andExpect(redirectedUrl("/login?signedUp="))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(knownAnswer).isEqualTo(freshAnswer);
        // the known account is untouched: same workspace, same password
        RelanceUser admin = management.signInCandidate(known.admin().email()).orElseThrow();
        assertThat(admin.workspaceId()).isEqualTo(known.id());
        mvc.perform(get("/api/v1/me")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic(known.admin().email(), WorkspaceFixture.PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/login?signedUp"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("If this e-mail address could be used")));
    }

    @Test
    void signUpsAreThrottledPerClientAddress() throws Exception {
        workspaces.create("Installed"); // sign-up opens once the instance is set up
        String address = "10.8." + (int) (Math.random() * 250) + ".7";
        for (int i = 0; i < 5; i++) {
            String email = "burst-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@probe.test";
            mvc.perform(signUp(address, email, "a-long-enough-password")).andExpect(redirectedUrl("/login?signedUp="));
        }
        String email = "burst-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@probe.test";
        mvc.perform(signUp(address, email, "a-long-enough-password"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Too many sign-ups")));
        assertThat(management.signInCandidate(email)).isEmpty();
        // another address is not held back
        mvc.perform(signUp("10.7.0.1", email, "a-long-enough-password")).andExpect(redirectedUrl("/login?signedUp="));
        // an hour later the first may again
        clock.advance(java.time.Duration.ofMinutes(61));
        String later = "later-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@probe.test";
        mvc.perform(signUp(address, later, "a-long-enough-password")).andExpect(redirectedUrl("/login?signedUp="));
    }

    @Test
    void theOperatorSetsTheTestClockWhichRunsOnFromThereButNoWorkspaceAdminDoes() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser operator = workspaces.operator();
        send(operator, put("/api/v1/testing/clock"), "{\"now\": \"2027-01-04T09:00:00Z\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.adjusted").value(true));
        assertThat(clock.instant())
                .isBetween(Instant.parse("2027-01-04T09:00:00Z"), Instant.parse("2027-01-04T09:01:00Z"));
        // a self-service workspace's admin, and a rep, may not
        for (RelanceUser other : new RelanceUser[] {acme.admin(), acme.rep("Rep")}) {
            send(other, put("/api/v1/testing/clock"), "{\"now\": \"2030-01-01T00:00:00Z\"}")
                    .andExpect(status().isForbidden())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                            .contentTypeCompatibleWith("application/problem+json"));
            mvc.perform(delete("/api/v1/testing/clock").with(user(other))).andExpect(status().isForbidden());
        }
        mvc.perform(delete("/api/v1/testing/clock").with(user(operator))).andExpect(status().isOk());
        assertThat(clock.isAdjusted()).isFalse();
    }
}

package io.relance.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.IntegrationTest;
import io.relance.shared.AdjustableClock;
import io.relance.shared.RelanceUser;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** An instance with self-service sign-up and the test clock switched on. */
@IntegrationTest
@TestPropertySource(properties = {"relance.signup.enabled=true", "relance.testing.clock-enabled=true"})
class OpenInstanceIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    WorkspaceFixture fixture;

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    AdjustableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void selfServiceSignUpCreatesASeparateWorkspace() throws Exception {
        var first = fixture.create("First");
        mvc.perform(post("/signup")
                        .with(csrf())
                        .param("workspaceName", "Second")
                        .param("currency", "USD")
                        .param("language", "es")
                        .param("timeZone", "America/Mexico_City")
                        .param("country", "MX")
                        .param("adminName", "Sofía")
                        .param("adminEmail", "sofia@second.test")
                        .param("adminPassword", "a-long-enough-password"))
                .andExpect(redirectedUrl("/login?ready="));
        RelanceUser sofia = workspaces.signInCandidate("sofia@second.test").orElseThrow();
        assertThat(sofia.workspaceId()).isNotEqualTo(first.id());
        mvc.perform(get("/api/v1/users?limit=500").with(user(sofia)))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].email").value("sofia@second.test"));
    }

    @Test
    void anAdminSetsTheTestClockWhichRunsOnFromThere() throws Exception {
        var acme = fixture.create("Acme");
        mvc.perform(put("/api/v1/testing/clock")
                        .with(user(acme.admin()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"now\": \"2027-01-04T09:00:00Z\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.adjusted").value(true));
        assertThat(clock.instant())
                .isBetween(Instant.parse("2027-01-04T09:00:00Z"), Instant.parse("2027-01-04T09:01:00Z"));
        mvc.perform(put("/api/v1/testing/clock")
                        .with(user(acme.rep("Rep")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"now\": \"2030-01-01T00:00:00Z\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/testing/clock").with(user(acme.admin()))).andExpect(status().isOk());
        assertThat(clock.isAdjusted()).isFalse();
    }
}

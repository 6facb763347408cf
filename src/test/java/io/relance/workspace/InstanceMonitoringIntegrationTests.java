package io.relance.workspace;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.MvcTest;
import io.relance.shared.RelanceUser;
import org.junit.jupiter.api.Test;

/** Instance-wide monitoring is the operator's: a workspace's admin (sign-up is self-service) never reads it. */
class InstanceMonitoringIntegrationTests extends MvcTest {

    @Test
    void healthAndInfoAreOpenMetricsAreTheOperatorsOnly() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/info")).andExpect(status().isOk());

        var acme = workspaces.create("Acme");
        for (String path :
                new String[] {"/actuator/metrics", "/actuator/prometheus", "/actuator/metrics/jvm.memory.used"}) {
            mvc.perform(get(path)).andExpect(status().isUnauthorized());
            mvc.perform(get(path).with(httpBasic(acme.admin().email(), WorkspaceFixture.PASSWORD)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
            mvc.perform(get(path).with(user(acme.rep("Rep")))).andExpect(status().isForbidden());
        }
        RelanceUser operator = workspaces.operator();
        mvc.perform(get("/actuator/metrics").with(user(operator))).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus").with(user(operator))).andExpect(status().isOk());
    }
}

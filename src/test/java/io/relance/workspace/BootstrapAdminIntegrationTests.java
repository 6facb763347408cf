package io.relance.workspace;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.IntegrationTest;
import io.relance.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** RELANCE_ADMIN_EMAIL / RELANCE_ADMIN_PASSWORD on a first start create workspace "Default" and skip set-up. */
@IntegrationTest
@TestPropertySource(
        properties = {
            TestDatabases.FRESH + "=bootstrap",
            "relance.admin.email=boot@relance.test",
            "relance.admin.password=bootstrap-password-1"
        })
class BootstrapAdminIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theAdminFromTheEnvironmentCanUseTheApiAndTheSetupPageIsSkipped() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("boot@relance.test", "bootstrap-password-1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value("boot@relance.test"))
                .andExpect(jsonPath("$.role").value("ADMIN"))
                .andExpect(jsonPath("$.workspace.name").value("Default"));
        mvc.perform(get("/setup")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login")).andExpect(status().isOk());
    }
}

package io.relance.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.MvcTest;
import io.relance.TestDatabases;
import io.relance.shared.RelanceUser;
import io.relance.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The one-time set-up page, on an empty database of its own. */
@TestPropertySource(properties = TestDatabases.FRESH + "=setup")
class SetupIntegrationTests extends MvcTest {

    @Autowired
    WorkspaceManagement management;

    @Test
    void aFreshInstanceLeadsToTheSetupPageThenToTheLogin() throws Exception {
        mvc.perform(get("/login")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/setup"));
        mvc.perform(get("/setup").header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Installer Relance")));

        // bad input: errors beside the fields, nothing created
        mvc.perform(NewWorkspaceForms.post(
                        "/setup",
                        new NewWorkspace("", "EUR", "en", "Mars/Olympus", "FR", "Ada", "not-an-email", "short")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "workspaceName", "adminEmail"));
        assertThat(management.isInstalled()).isFalse();

        mvc.perform(NewWorkspaceForms.post(
                        "/setup",
                        new NewWorkspace(
                                "Rénovations Dupont <b>&</b>",
                                "EUR",
                                "fr",
                                "Europe/Paris",
                                "FR",
                                "Ada Dupont",
                                "ada@dupont.test",
                                "a-long-enough-password")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login?ready="));
        assertThat(management.isInstalled()).isTrue();

        // the page is one-time
        mvc.perform(get("/setup")).andExpect(redirectedUrl("/login"));
        mvc.perform(NewWorkspaceForms.post(
                        "/setup",
                        new NewWorkspace(
                                "Intruder",
                                "EUR",
                                "en",
                                "UTC",
                                "FR",
                                "Eve",
                                "eve@evil.test",
                                "a-long-enough-password")))
                .andExpect(redirectedUrl("/login"));
        assertThat(management.signInCandidate("eve@evil.test")).isEmpty();

        mvc.perform(formLogin("/login").user("ada@dupont.test").password("a-long-enough-password"))
                .andExpect(redirectedUrl("/"));
        RelanceUser ada = management.signInCandidate("ada@dupont.test").orElseThrow();
        assertThat(ada.isOperator())
                .as("the admin made at set-up runs the installation")
                .isTrue();
        assertThat(ada.role()).isEqualTo(Role.ADMIN);
        assertThat(management.workspace(ada.workspaceId()).name()).isEqualTo("Rénovations Dupont <b>&</b>");

        // what a person typed comes back as text, never as markup
        mvc.perform(get("/").with(
                                org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user(ada)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("Rénovations Dupont &lt;b&gt;&amp;&lt;/b&gt;")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Bonjour, Ada Dupont")));
    }
}

package io.relance.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.MvcTest;
import io.relance.shared.RelanceUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The 401 / 403 / 404 matrix, workspace isolation, CSRF, security headers. */
class AccessIntegrationTests extends MvcTest {

    @Autowired
    WorkspaceManagement management;

    @Test
    void withoutCredentialsTheApiAnswers401ProblemAndTheUiRedirectsToLogin() throws Exception {
        for (String path : new String[] {"/api/v1/me", "/api/v1/users", "/api/v1/tokens", "/api/v1/workspace"}) {
            mvc.perform(get(path))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.status").value(401));
        }
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/settings")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aWrongRoleIs403() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser rep = acme.rep("Rep");
        send(
                        rep,
                        put("/api/v1/workspace"),
                        "{\"name\":\"X\",\"currency\":\"EUR\",\"defaultLocale\":\"en\",\"timeZone\":\"UTC\",\"country\":\"FR\",\"version\":0}")
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/settings").with(user(rep))).andExpect(status().isForbidden());
        assertThat(management.workspace(acme.id()).name()).isEqualTo("Acme");
    }

    @Test
    void anotherWorkspaceNeverSeesARowOfTheFirst() throws Exception {
        var acme = workspaces.create("Acme");
        var globex = workspaces.create("Globex");
        RelanceUser acmeRep = acme.rep("Acme Rep");
        String path = "/api/v1/users/" + acmeRep.userId();

        mvc.perform(get(path).with(user(acme.admin()))).andExpect(status().isOk());
        mvc.perform(get(path).with(user(globex.admin())))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        send(globex.admin(), patch(path), "{\"version\": 0, \"active\": false}").andExpect(status().isNotFound());
        mvc.perform(get("/settings/users/" + acmeRep.userId()).with(user(globex.admin())))
                .andExpect(status().isNotFound());
        as(globex.admin(), post("/settings/users/" + acmeRep.userId() + "/reset-password"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/users?limit=500").with(user(globex.admin())))
                .andExpect(jsonPath(
                        "$.items[*].email", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(acmeRep.email()))))
                .andExpect(jsonPath("$.items.length()").value(1));
        mvc.perform(get("/api/v1/me").with(user(globex.admin())))
                .andExpect(jsonPath("$.workspace.name").value("Globex"));
        assertThat(management.user(acme.admin(), acmeRep.userId()).active()).isTrue();
    }

    @Test
    void aMalformedOrUnknownIdIs404() throws Exception {
        var acme = workspaces.create("Acme");
        mvc.perform(get("/api/v1/users/not-a-uuid").with(user(acme.admin()))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/users/0195f3a0-0000-7000-8000-000000000000").with(user(acme.admin())))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/tokens/0195f3a0-0000-7000-8000-000000000000")
                        .with(user(acme.admin())))
                .andExpect(status().isNotFound());
    }

    @Test
    void aFormPostWithoutCsrfTokenIsRejected() throws Exception {
        var acme = workspaces.create("Acme");
        mvc.perform(post("/profile")
                        .with(user(acme.admin()))
                        .param("version", "0")
                        .param("displayName", "Hacked")
                        .param("locale", "en"))
                .andExpect(status().isForbidden());
        assertThat(management.profile(acme.admin()).displayName()).isEqualTo("Ada Admin");
        as(acme.admin(), form(post("/profile"), "version=0", "displayName=Ada Lovelace", "locale=fr"))
                .andExpect(status().is3xxRedirection());
        assertThat(management.profile(acme.admin()).displayName()).isEqualTo("Ada Lovelace");
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicy() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string(
                                "Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
                .andExpect(header().string(
                                "Content-Security-Policy",
                                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline"))))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void anAdminChangesTheWorkspaceSettingsWithAVersion() throws Exception {
        var acme = workspaces.create("Acme");
        String body =
                "{\"name\":\"Acme SARL\",\"currency\":\"CHF\",\"defaultLocale\":\"de\",\"timeZone\":\"Europe/Zurich\",\"country\":\"CH\",\"version\":0}";
        send(acme.admin(), put("/api/v1/workspace"), body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.currency").value("CHF"))
                .andExpect(jsonPath("$.version").value(1));
        send(acme.admin(), put("/api/v1/workspace"), body).andExpect(status().isConflict());
        send(
                        acme.admin(),
                        put("/api/v1/workspace"),
                        "{\"name\":\"Acme\",\"currency\":\"XXQ\",\"defaultLocale\":\"en\",\"timeZone\":\"Nowhere/City\",\"country\":\"ZZ\",\"version\":1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(3));
    }

    @Test
    void everyPageOffersTheCommonCreationsFromTheTopBar() throws Exception {
        var acme = workspaces.create("Acme");
        for (String page : new String[] {"/", "/thirdparties", "/profile"}) {
            mvc.perform(get(page).with(user(acme.rep("Rep " + page))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"new-menu\"")))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/thirdparties/new\"")));
        }
    }
}

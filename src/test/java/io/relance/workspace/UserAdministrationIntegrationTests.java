package io.relance.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.MvcTest;
import io.relance.shared.RelanceUser;
import io.relance.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** Admins manage users: create, list with a cursor, change role/activity with a version, reset a password. */
class UserAdministrationIntegrationTests extends MvcTest {

    @Autowired
    WorkspaceManagement management;

    WorkspaceFixture.TestWorkspace acme;

    @BeforeEach
    void setUp() {
        acme = workspaces.create("Acme");
    }

    @Test
    void anAdminCreatesAUserWithATemporaryPasswordThatSignsIn() throws Exception {
        String body = body(send(acme.admin(), post("/api/v1/users"), """
                                {"email": "Rep.One@Acme.test", "displayName": "Rep One", "role": "SALES_REP"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.email").value("rep.one@acme.test"))
                .andExpect(jsonPath("$.role").value("SALES_REP"))
                .andExpect(jsonPath("$.locale").value("en"))
                .andExpect(jsonPath("$.temporaryPassword").value(notNullValue())));
        String password = JsonPath.read(body, "$.temporaryPassword");

        // it signs in, but must be replaced before anything else
        mvc.perform(get("/api/v1/me").with(httpBasic("rep.one@acme.test", password)))
                .andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/me/password")
                        .with(httpBasic("rep.one@acme.test", password))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\": \"" + password
                                + "\", \"newPassword\": \"rep-one-own-password\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").with(httpBasic("rep.one@acme.test", "rep-one-own-password")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("SALES_REP"));
    }

    @Test
    void aTakenEmailOrABadRoleIsAFieldError() throws Exception {
        RelanceUser rep = acme.rep("Taken");
        send(
                        acme.admin(),
                        post("/api/v1/users"),
                        "{\"email\": \"" + rep.email() + "\", \"displayName\": \"X\", \"role\": \"ADMIN\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("email"));
        send(
                        acme.admin(),
                        post("/api/v1/users"),
                        "{\"email\": \"ok@acme.test\", \"displayName\": \"X\", \"role\": \"KING\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        sendRefused(
                acme.admin(),
                post("/api/v1/users"),
                "{\"email\": \"ok2@acme.test\", \"displayName\": \"X\", \"role\": \"MANAGER\", \"password\": \"short\"}",
                "password");
        assertThat(management.signInCandidate("ok2@acme.test")).isEmpty();
    }

    @Test
    void theUserListPagesWithAnOpaqueCursor() throws Exception {
        acme.rep("A");
        acme.rep("B");
        acme.manager("C");
        String first = body(mvc.perform(get("/api/v1/users?limit=2").with(user(acme.admin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.nextCursor").value(notNullValue())));
        String cursor = JsonPath.read(first, "$.nextCursor");
        mvc.perform(get("/api/v1/users?limit=2&cursor=" + cursor).with(user(acme.admin())))
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.nextCursor").value(nullValue()));
        mvc.perform(get("/api/v1/users?limit=501").with(user(acme.admin())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("limit"));
        mvc.perform(get("/api/v1/users?cursor=garbage!").with(user(acme.admin())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("cursor"));
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() throws Exception {
        RelanceUser rep = acme.rep("Stale");
        String path = "/api/v1/users/" + rep.userId();
        send(acme.admin(), patch(path), "{\"version\": 0, \"role\": \"MANAGER\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("MANAGER"))
                .andExpect(jsonPath("$.version").value(1));
        send(acme.admin(), patch(path), "{\"version\": 0, \"displayName\": \"Lost update\"}")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        assertThat(management.user(acme.admin(), rep.userId()).displayName()).isEqualTo("Stale");
        sendRefused(acme.admin(), patch(path), "{\"displayName\": \"No version\"}", "version");
    }

    @Test
    void aDeactivatedUserCanNoLongerSignIn() throws Exception {
        RelanceUser rep = acme.rep("Leaving");
        mvc.perform(get("/api/v1/me").with(httpBasic(rep.email(), WorkspaceFixture.PASSWORD)))
                .andExpect(status().isOk());
        send(acme.admin(), patch("/api/v1/users/" + rep.userId()), "{\"version\": 0, \"active\": false}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));
        mvc.perform(get("/api/v1/me").with(httpBasic(rep.email(), WorkspaceFixture.PASSWORD)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theLastActiveAdminCannotBeDemotedOrDeactivated() throws Exception {
        sendRefused(
                acme.admin(),
                patch("/api/v1/users/" + acme.admin().userId()),
                "{\"version\": 0, \"role\": \"SALES_REP\"}",
                "role");
        assertThat(management.user(acme.admin(), acme.admin().userId()).role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void theAdminPagesCreateAUserAndResetAPassword() throws Exception {
        as(
                        acme.admin(),
                        form(
                                post("/settings/users/new"),
                                "email=paged@acme.test",
                                "displayName=Paged User",
                                "role=SALES_REP",
                                "locale=de",
                                "password="))
                .andExpect(redirectedUrl("/settings/users"));
        RelanceUser created = management.signInCandidate("paged@acme.test").orElseThrow();
        assertThat(created.locale().getLanguage()).isEqualTo("de");

        mvc.perform(get("/settings/users").with(user(acme.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Paged User")));
        as(acme.admin(), post("/settings/users/" + created.userId() + "/reset-password"))
                .andExpect(redirectedUrl("/settings/users"));
        as(acme.admin(), form(post("/settings/users/new"), "email=", "displayName=", "role=SALES_REP", "locale=en"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
                        .attributeHasFieldErrors("form", "email", "displayName"));
    }

    @Test
    void salesRepsAndManagersCannotManageUsers() throws Exception {
        RelanceUser rep = acme.rep("Rep");
        RelanceUser manager = acme.manager("Manager");
        mvc.perform(get("/api/v1/users").with(user(rep)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/users").with(user(manager))).andExpect(status().isForbidden());
        mvc.perform(get("/settings/users").with(user(rep))).andExpect(status().isForbidden());
        send(
                        manager,
                        post("/api/v1/users"),
                        "{\"email\": \"x@acme.test\", \"displayName\": \"X\", \"role\": \"ADMIN\"}")
                .andExpect(status().isForbidden());
        assertThat(management.signInCandidate("x@acme.test")).isEmpty();
    }
}

package io.relance.workspace;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.MvcTest;
import io.relance.shared.RelanceUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** "Signed out everywhere" after a password change includes the API tokens: none keeps working. */
class PasswordChangeRevokesTokensIntegrationTests extends MvcTest {

    @Autowired
    WorkspaceManagement management;

    @Test
    void anAdminsResetRevokesTheUsersTokens() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser rep = acme.rep("Rep");
        String token = newToken(rep);
        as(acme.admin(), post("/settings/users/" + rep.userId().value() + "/reset-password"))
                .andExpect(status().is3xxRedirection());
        bearer(token, get("/api/v1/me")).andExpect(status().isUnauthorized());
    }

    @Test
    void aPasswordSetByAnAdminRevokesTheUsersTokens() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser rep = acme.rep("Rep");
        String token = newToken(rep);
        long version = management.user(acme.admin(), rep.userId()).version();
        send(
                        acme.admin(),
                        patch("/api/v1/users/" + rep.userId().value()),
                        "{\"version\": " + version + ", \"password\": \"another-long-password\"}")
                .andExpect(status().isOk());
        bearer(token, get("/api/v1/me")).andExpect(status().isUnauthorized());
    }

    @Test
    void changingOnesOwnPasswordRevokesOnesTokensThroughTheApiOrThePage() throws Exception {
        RelanceUser rep = workspaces.rep();
        String first = newToken(rep);
        bearer(
                        first,
                        put("/api/v1/me/password")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"currentPassword\": \"wrong-password-1\", \"newPassword\": \"a-new-long-password\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("currentPassword"));
        bearer(
                        first,
                        put("/api/v1/me/password")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"currentPassword\": \"" + WorkspaceFixture.PASSWORD
                                        + "\", \"newPassword\": \"a-new-long-password\"}"))
                .andExpect(status().isNoContent());
        bearer(first, get("/api/v1/me")).andExpect(status().isUnauthorized());

        String second = newToken(rep);
        as(
                        rep,
                        form(
                                post("/profile/password"),
                                "currentPassword=a-new-long-password",
                                "newPassword=a-third-long-password"))
                .andExpect(redirectedUrl("/profile"));
        bearer(second, get("/api/v1/me")).andExpect(status().isUnauthorized());
    }
}

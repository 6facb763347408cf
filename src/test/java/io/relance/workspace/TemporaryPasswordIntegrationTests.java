package io.relance.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.MvcTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** A temporary password (generated at creation or by a reset) is replaced at the first sign-in, before anything. */
class TemporaryPasswordIntegrationTests extends MvcTest {

    @Autowired
    WorkspaceManagement management;

    /** The Spring Session cookie, sent back with each request as a browser would. */
    private record Session(jakarta.servlet.http.Cookie cookie)
            implements org.springframework.test.web.servlet.request.RequestPostProcessor {
        @Override
        public org.springframework.mock.web.MockHttpServletRequest postProcessRequest(
                org.springframework.mock.web.MockHttpServletRequest request) {
            request.setCookies(cookie);
            return request;
        }
    }

    private String[] newUserWithTemporaryPassword(WorkspaceFixture.TestWorkspace acme) throws Exception {
        String email = "temp-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@relance.test";
        String created = body(send(
                        acme.admin(),
                        post("/api/v1/users"),
                        "{\"email\": \"" + email + "\", \"displayName\": \"Temp\", \"role\": \"SALES_REP\"}")
                .andExpect(status().isCreated()));
        return new String[] {email, JsonPath.read(created, "$.temporaryPassword")};
    }

    @Test
    void theApiAnswers403UntilTheTemporaryPasswordIsChanged() throws Exception {
        var acme = workspaces.create("Acme");
        String[] temp = newUserWithTemporaryPassword(acme);
        mvc.perform(get("/api/v1/me").with(httpBasic(temp[0], temp[1])))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("Password change required")))
                .andExpect(jsonPath("$.errors[0].field").value("password"));
        mvc.perform(put("/api/v1/me/password")
                        .with(httpBasic(temp[0], temp[1]))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\": \"" + temp[1] + "\", \"newPassword\": \"" + temp[1] + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("newPassword"));
        mvc.perform(put("/api/v1/me/password")
                        .with(httpBasic(temp[0], temp[1]))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\": \"" + temp[1] + "\", \"newPassword\": \"my-own-password-1\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").with(httpBasic(temp[0], "my-own-password-1")))
                .andExpect(status().isOk());

        // an admin's reset makes it temporary again
        var id = management.signInCandidate(temp[0]).orElseThrow().userId();
        String reset = management.resetPassword(acme.admin(), id);
        mvc.perform(get("/api/v1/me").with(httpBasic(temp[0], reset))).andExpect(status().isForbidden());
        assertThat(management.signInCandidate(temp[0]).orElseThrow().passwordChangeRequired())
                .isTrue();
    }

    @Test
    void everyPageLeadsToTheChangeFirst() throws Exception {
        var acme = workspaces.create("Acme");
        String[] temp = newUserWithTemporaryPassword(acme);
        var login = mvc.perform(
                        post("/login").with(csrf()).param("username", temp[0]).param("password", temp[1]))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        Session session = new Session(login.getResponse().getCookie("SESSION"));
        for (String page : new String[] {"/", "/profile", "/profile/tokens", "/thirdparties"}) {
            mvc.perform(get(page).with(session)).andExpect(redirectedUrl("/profile/password"));
        }
        mvc.perform(get("/profile/password").with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("temporary password")));
        mvc.perform(post("/profile/password")
                        .with(session)
                        .with(csrf())
                        .param("currentPassword", "not-the-temporary-one")
                        .param("newPassword", "my-own-password-2"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("This is not your current password.")));
        mvc.perform(post("/profile/password")
                        .with(session)
                        .with(csrf())
                        .param("currentPassword", temp[1])
                        .param("newPassword", "my-own-password-2"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/profile").with(session)).andExpect(status().isOk());
        mvc.perform(get("/profile/password").with(session)).andExpect(redirectedUrl("/profile"));
    }
}

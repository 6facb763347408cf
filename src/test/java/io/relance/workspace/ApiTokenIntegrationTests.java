package io.relance.workspace;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.MvcTest;
import io.relance.shared.RelanceUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Personal API tokens: created with the secret shown once, used as Bearer, revoked. */
class ApiTokenIntegrationTests extends MvcTest {

    @Test
    void aTokenIsCreatedUsedListedWithoutItsSecretAndRevoked() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser rep = acme.rep("Scripter");
        String created = body(send(rep, post("/api/v1/tokens"), "{\"name\": \"my script\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.token").value(startsWith("rl_"))));
        String token = JsonPath.read(created, "$.token");
        String id = JsonPath.read(created, "$.id");

        bearer(token, get("/api/v1/me"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(rep.email()));
        bearer(token, get("/api/v1/tokens"))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].name").value("my script"))
                .andExpect(jsonPath("$.items[0].token").value(nullValue()))
                .andExpect(jsonPath("$.nextCursor").value(nullValue()));

        mvc.perform(delete("/api/v1/tokens/" + id).with(user(rep))).andExpect(status().isNoContent());
        bearer(token, get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** A user deactivated is refused at once though his token is not revoked (the node forgets what it kept). */
    @Test
    void theTokenOfAUserNoLongerActiveIsUnauthorized() throws Exception {
        var ws = workspaces.create("Inactive");
        RelanceUser rep = ws.rep("Gone");
        String token = newToken(rep);
        send(ws.admin(), patch("/api/v1/users/" + rep.userId()), "{\"version\": 0, \"active\": false}")
                .andExpect(status().isOk());
        bearer(token, get("/api/v1/me")).andExpect(status().isUnauthorized());
    }

    /**
     * A token revoked or a user deactivated on another node (here: in the database, behind this node's back) is
     * refused within the few seconds this node keeps what it read.
     */
    @Test
    void aRevocationOrDeactivationElsewhereTakesEffectWithinSeconds() throws Exception {
        var ws = workspaces.create("Elsewhere");
        RelanceUser revoked = ws.rep("Revoked");
        String revokedToken = newToken(revoked);
        RelanceUser gone = ws.rep("Gone");
        String goneToken = newToken(gone); // each used once already: both are kept by this node now

        jdbc.sql("UPDATE api_tokens SET revoked_at = CURRENT_TIMESTAMP WHERE user_id = ?")
                .param(revoked.userId().value())
                .update();
        jdbc.sql("UPDATE user_accounts SET active = FALSE WHERE id = ?")
                .param(gone.userId().value())
                .update();
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .untilAsserted(() -> {
                    bearer(revokedToken, get("/api/v1/me")).andExpect(status().isUnauthorized());
                    bearer(goneToken, get("/api/v1/me")).andExpect(status().isUnauthorized());
                });
    }

    @Test
    void aTokenNameIsRequiredAndAnUnknownTokenIsUnauthorized() throws Exception {
        var acme = workspaces.create("Acme");
        sendRefused(acme.admin(), post("/api/v1/tokens"), "{\"name\": \" \"}", "name");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer rl_made-up"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void someoneElsesTokenCannotBeRevoked() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser owner = acme.rep("Owner");
        RelanceUser other = acme.rep("Other");
        String created = body(send(owner, post("/api/v1/tokens"), "{\"name\": \"mine\"}"));
        String id = JsonPath.read(created, "$.id");
        mvc.perform(delete("/api/v1/tokens/" + id).with(user(other))).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/tokens/" + id).with(user(acme.admin()))).andExpect(status().isNotFound());
        bearer(JsonPath.read(created, "$.token"), get("/api/v1/me")).andExpect(status().isOk());
    }

    @Test
    void theProfilePageCreatesATokenShownOnce() throws Exception {
        var acme = workspaces.create("Acme");
        as(acme.admin(), form(post("/profile/tokens"), "name=from the page"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("createdToken", startsWith("rl_")));
        mvc.perform(get("/profile/tokens").with(user(acme.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("from the page")));
    }
}

package io.relance.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.MvcTest;
import io.relance.shared.RelanceUser;
import org.junit.jupiter.api.Test;

/** POSTs that create accept an Idempotency-Key: a retry gets the first answer and creates nothing more. */
class IdempotencyIntegrationTests extends MvcTest {

    @Test
    void aRetryWithTheSameKeyReplaysTheFirstAnswer() throws Exception {
        var acme = workspaces.create("Acme");
        String body = "{\"name\": \"Lambert family\"}";
        String first = body(
                send(acme.admin(), post("/api/v1/thirdparties").header("Idempotency-Key", "create-lambert-1"), body)
                        .andExpect(status().isCreated()));
        String second = body(
                send(acme.admin(), post("/api/v1/thirdparties").header("Idempotency-Key", "create-lambert-1"), body)
                        .andExpect(status().isCreated())
                        .andExpect(header().string("Idempotent-Replayed", "true")));
        assertThat((String) JsonPath.read(second, "$.id")).isEqualTo(JsonPath.read(first, "$.id"));
        mvc.perform(get("/api/v1/thirdparties?q=lambert").with(user(acme.admin())))
                .andExpect(jsonPath("$.items.length()").value(1));

        send(
                        acme.admin(),
                        post("/api/v1/thirdparties").header("Idempotency-Key", "create-lambert-1"),
                        "{\"name\": \"Someone else\"}")
                .andExpect(status().isUnprocessableEntity());
    }

    @Test
    void keysBelongToTheirUser() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser rep = acme.rep("Rep");
        String body = "{\"name\": \"Same key\"}";
        send(acme.admin(), post("/api/v1/thirdparties").header("Idempotency-Key", "k"), body)
                .andExpect(status().isCreated());
        send(rep, post("/api/v1/thirdparties").header("Idempotency-Key", "k"), body)
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed"));
    }
}

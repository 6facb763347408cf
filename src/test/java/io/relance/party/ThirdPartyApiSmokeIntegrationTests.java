package io.relance.party;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.shared.RelanceUser;
import org.junit.jupiter.api.Test;

/** The third-party API end to end: create, read, filter, change, merge, and what a rep may not see. */
class ThirdPartyApiSmokeIntegrationTests extends PageTest {

    String create(RelanceUser who, String json) throws Exception {
        return body(send(who, post("/api/v1/thirdparties"), json).andExpect(status().isCreated()));
    }

    @Test
    void aRepCreatesFiltersAndChangesHisOwnThirdPartiesOnly() throws Exception {
        var team = workspaces.team();
        String dupont = create(team.alice(), """
                {"name": "Émilie Dupont", "individual": true, "email": "Emilie@Dupont.test",
                 "phone": "06 12 34 56 78", "city": "Lyon", "tags": ["vip"], "status": "TO_CONTACT"}""");
        String id = JsonPath.read(dupont, "$.id");
        mvc.perform(get("/api/v1/thirdparties/" + id).with(user(team.alice())))
                .andExpect(jsonPath("$.code").value(matchesPattern("CU\\d{4}-\\d{4}")))
                .andExpect(jsonPath("$.phoneE164").value("+33612345678"))
                .andExpect(jsonPath("$.email").value("emilie@dupont.test"))
                .andExpect(jsonPath("$.tags[0]").value("vip"))
                .andExpect(jsonPath("$.status").value("TO_CONTACT"));
        create(team.bob(), "{\"name\": \"Bob's client\"}");

        mvc.perform(get("/api/v1/thirdparties?q=+33 6 12 34 56 78&tag=vip&owner=me&status=TO_CONTACT")
                        .with(user(team.alice())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].name").value("Émilie Dupont"));
        mvc.perform(get("/api/v1/thirdparties?q=emilie").with(user(team.bob())))
                .andExpect(jsonPath("$.items", hasSize(0)));
        mvc.perform(get("/api/v1/thirdparties/" + id).with(user(team.bob()))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/thirdparties/" + id)
                        .with(user(workspaces.create("Other").admin())))
                .andExpect(status().isNotFound());

        sendRefused(
                team.alice(),
                patch("/api/v1/thirdparties/" + id),
                "{\"version\": 0, \"city\": \"Villeurbanne\", \"email\": \"bad\"}",
                "email");
        send(team.alice(), patch("/api/v1/thirdparties/" + id), "{\"version\": 0, \"city\": \"Villeurbanne\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.city").value("Villeurbanne"));
        mvc.perform(get("/api/v1/thirdparties/" + id + "/history").with(user(team.alice())))
                .andExpect(jsonPath("$.items[0].kind").value("party.field-changed"))
                .andExpect(jsonPath("$.items[0].changes[0].before").value("Lyon"));

        String dup =
                JsonPath.read(create(team.alice(), "{\"name\": \"E. Dupont\", \"website\": \"dupont.test\"}"), "$.id");
        send(team.alice(), post("/api/v1/thirdparties/" + id + "/merge"), "{\"duplicateId\": \"" + dup + "\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.website").value("https://dupont.test"));
        mvc.perform(get("/api/v1/thirdparties/" + dup).with(user(team.alice()))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/thirdparties/count?owner=me").with(user(team.alice())))
                .andExpect(jsonPath("$.value").value(1));
    }
}

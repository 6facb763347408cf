package io.relance.party.merge;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.party.PageTest;
import io.relance.party.core.ThirdPartyDetails;
import io.relance.shared.RelanceUser;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/** Merging duplicates: the survivor keeps its values, the duplicate's are kept in the snapshot, files follow. */
class ThirdPartyMergeIntegrationTests extends PageTest {

    @Test
    void theSurvivorKeepsItsValuesAndTheDuplicatesAreKeptInTheSnapshot() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser rep = acme.rep("Rep");
        defineField(acme.admin(), "{\"key\":\"origin\",\"label\":\"Origin\",\"type\":\"TEXT\"}");
        String s = "/api/v1/thirdparties/"
                + thirdParties
                        .of(rep)
                        .named("Lambert")
                        .withEmail("kept@test.fr")
                        .custom("origin", "web")
                        .create()
                        .thirdParty()
                        .id();
        ThirdPartyDetails duplicate = thirdParties
                .of(rep)
                .named("Lambert SARL")
                .withEmail("lost@test.fr")
                .custom("origin", "fair")
                .create();
        String d = "/api/v1/thirdparties/" + duplicate.thirdParty().id();
        byte[] bytes = "floor plan".getBytes(StandardCharsets.UTF_8);
        String file = JsonPath.read(
                body(mvc.perform(multipart(d + "/files")
                                .file(new MockMultipartFile("file", "plan.txt", "text/plain", bytes))
                                .with(user(rep)))
                        .andExpect(status().isCreated())),
                "$.id");

        mergeInApi(rep, s, duplicate)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value("kept@test.fr"))
                .andExpect(jsonPath("$.customFields.origin").value("web"));
        mvc.perform(get(s + "/history?kind=changes").with(user(rep)))
                .andExpect(jsonPath("$.items[0].kind").value("party.merged"))
                .andExpect(jsonPath("$.items[0].snapshot.name").value("Lambert SARL"))
                .andExpect(jsonPath("$.items[0].snapshot.email").value("lost@test.fr"))
                .andExpect(jsonPath("$.items[0].snapshot.customFields.origin").value("fair"));
        mvc.perform(get(s + "/files/" + file).with(user(rep)))
                .andExpect(status().isOk())
                .andExpect(content().bytes(bytes));
        mvc.perform(get(d + "/files/" + file).with(user(rep))).andExpect(status().isNotFound());
        mvc.perform(get(s + "/history?kind=files").with(user(rep)))
                .andExpect(jsonPath("$.items[*].kind", containsInAnyOrder("history.file-added")));
        // the duplicate is gone, not in the trash either, and cannot be merged again or restored
        mvc.perform(get("/api/v1/thirdparties?deleted=true").with(user(acme.admin())))
                .andExpect(jsonPath("$.items", hasSize(0)));
        mvc.perform(post(d + "/restore").with(user(acme.admin()))).andExpect(status().isNotFound());
        mergeInApi(rep, s, duplicate).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/thirdparties?q=" + duplicate.thirdParty().code())
                        .with(user(rep)))
                .andExpect(jsonPath("$.items[*].name", containsInAnyOrder("Lambert")));
    }

    @Test
    void aRepCannotMergeARecordHeCannotSee() throws Exception {
        var team = workspaces.team();
        String mine = thirdParties.of(team.alice()).named("Mine").createId();
        String his = thirdParties.of(team.bob()).named("His").createId();
        send(team.alice(), post("/api/v1/thirdparties/" + mine + "/merge"), "{\"duplicateId\":\"" + his + "\"}")
                .andExpect(status().isNotFound());
        sendRefused(
                team.alice(),
                post("/api/v1/thirdparties/" + mine + "/merge"),
                "{\"duplicateId\":\"" + mine + "\"}",
                "duplicateId");
        send(team.alice(), post("/api/v1/thirdparties/" + mine + "/merge"), "{}")
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/thirdparties/" + his).with(user(team.bob()))).andExpect(status().isOk());
    }
}

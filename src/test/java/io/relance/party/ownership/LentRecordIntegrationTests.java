package io.relance.party.ownership;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.party.PageTest;
import io.relance.shared.RelanceUser;
import org.junit.jupiter.api.Test;

/**
 * A special case lends a record to a rep to work on it, not to take it: he may see it and change its status, but
 * neither merge it into one of his own nor delete it; and a stale version is a conflict whatever the value asked.
 */
class LentRecordIntegrationTests extends PageTest {

    static final String API = "/api/v1/thirdparties/";

    String create(RelanceUser owner, String name) throws Exception {
        return thirdParties.of(owner).named(name).createId();
    }

    @Test
    void aRepLentARecordMayWorkItButNeitherMergeNorDeleteIt() throws Exception {
        var team = workspaces.team();
        String lent = create(team.alice(), "Lent to Bob");
        String bobs = create(team.bob(), "Bob's own");
        send(
                        team.manager(),
                        post(API + lent + "/exceptions"),
                        "{\"userId\":\"" + team.bob().userId()
                                + "\",\"endsAt\":\"2999-01-01T00:00:00Z\",\"reason\":\"holiday\"}")
                .andExpect(status().isCreated());

        mvc.perform(get(API + lent).with(user(team.bob()))).andExpect(status().isOk());
        String page = pageAs(team.bob(), "/thirdparties/" + lent);
        org.assertj.core.api.Assertions.assertThat(page)
                .doesNotContain("/thirdparties/" + lent + "/merge")
                .doesNotContain("/thirdparties/" + lent + "/delete");
        org.assertj.core.api.Assertions.assertThat(
                        body(mvc.perform(get("/thirdparties/" + lent).with(user(team.alice())))))
                .contains("/thirdparties/" + lent + "/merge", "/thirdparties/" + lent + "/delete");
        send(team.bob(), put(API + lent + "/status"), "{\"status\":\"TO_CONTACT\"}")
                .andExpect(status().isOk());

        send(team.bob(), post(API + bobs + "/merge"), "{\"duplicateId\":\"" + lent + "\"}")
                .andExpect(status().isForbidden());
        send(team.bob(), post(API + lent + "/merge"), "{\"duplicateId\":\"" + bobs + "\"}")
                .andExpect(status().isForbidden());
        mvc.perform(delete(API + lent).with(user(team.bob()))).andExpect(status().isForbidden());

        // nothing moved: the record is still Alice's, with its own name, and Bob's is untouched
        mvc.perform(get(API + lent).with(user(team.alice())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Lent to Bob"))
                .andExpect(jsonPath("$.ownerId").value(team.alice().userId().toString()));
        mvc.perform(get(API + bobs).with(user(team.bob()))).andExpect(status().isOk());

        // the owner and a manager still may
        send(team.manager(), post(API + bobs + "/merge"), "{\"duplicateId\":\"" + lent + "\"}")
                .andExpect(status().isOk());
    }

    @Test
    void aStaleVersionIsAConflictEvenWhenItAsksForTheValueAlreadySet() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser alice = acme.rep("Alice");
        String id = create(alice, "Dupont");
        send(alice, put(API + id + "/status"), "{\"status\":\"TO_CONTACT\",\"version\":0}")
                .andExpect(status().isOk());
        // a second request read version 0 too and asks for the winner's value: still stale
        send(alice, put(API + id + "/status"), "{\"status\":\"TO_CONTACT\",\"version\":0}")
                .andExpect(status().isConflict());
        send(alice, put(API + id + "/potential"), "{\"potential\":\"none\",\"version\":0}")
                .andExpect(status().isConflict());
    }
}

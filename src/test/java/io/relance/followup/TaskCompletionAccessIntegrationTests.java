package io.relance.followup;

import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.party.ThirdPartyId;
import io.relance.workspace.WorkspaceFixture.Team;
import org.junit.jupiter.api.Test;

/**
 * Completing a task asks for the task, classifying with it for its third party: an assignee who may not see the third
 * party (a manager gave him a to-do on a teammate's) completes his task, but classifies it no more than the classify
 * API lets him (404, nothing done). The page's form: MyDayIntegrationTests.
 */
class TaskCompletionAccessIntegrationTests extends TaskTest {

    @Test
    void anAssigneeWhoMayNotSeeTheThirdPartyCompletesHisTaskButClassifiesItNoMoreThanTheClassifyApiLetsHim()
            throws Exception {
        Team team = workspaces.team();
        ThirdPartyId bobs = party(team.bob(), "Bob's prospect");
        String forAlice = plan(
                team.manager(),
                bobs,
                "\"type\": \"todo\", \"dueDate\": \"2027-03-10\", \"assigneeId\": \""
                        + team.alice().userId() + "\"");

        send(team.alice(), post("/api/v1/thirdparties/" + bobs + "/classify"), "{\"classification\": \"promising\"}")
                .andExpect(status().isNotFound());
        send(team.alice(), post("/api/v1/tasks/" + forAlice + "/complete"), "{\"classification\": \"promising\"}")
                .andExpect(status().isNotFound());
        // nothing changed: the task open, the third party unclassified
        mvc.perform(get("/api/v1/tasks/" + forAlice).with(user(team.alice())))
                .andExpect(jsonPath("$.status").value("OPEN"));
        mvc.perform(get("/api/v1/thirdparties/" + bobs + "/classification").with(user(team.bob())))
                .andExpect(jsonPath("$.classification").value(nullValue()));

        // without a classification, his task is his to complete
        send(team.alice(), post("/api/v1/tasks/" + forAlice + "/complete"), "{\"outcome\": \"Done\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DONE"));
    }
}

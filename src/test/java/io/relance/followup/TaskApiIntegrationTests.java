package io.relance.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.party.ThirdPartyId;
import io.relance.shared.RelanceUser;
import io.relance.workspace.WorkspaceFixture.Team;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code /api/v1/tasks}: planning, reading, filters, changes at a version, the actions, who may do what. */
class TaskApiIntegrationTests extends TaskTest {

    private List<String> ids(RelanceUser who, String query) throws Exception {
        return JsonPath.read(
                body(mvc.perform(get("/api/v1/tasks" + query).with(user(who))).andExpect(status().isOk())),
                "$.items[*].id");
    }

    @Test
    void aPlannedTaskIsTheOwnersByDefaultAndAnswersTheIssuesFields() throws Exception {
        Team team = workspaces.team();
        ThirdPartyId lambert = party(team.alice(), "Famille Lambert");
        UUID jeanne = contact(team.alice(), lambert, "Lambert");

        String answer = body(send(
                        team.manager(),
                        post("/api/v1/tasks"),
                        "{\"type\": \"visit\", \"dueDate\": \"2027-03-12\", \"dueTime\": \"14:30\", \"thirdpartyId\": \""
                                + lambert + "\", \"contactId\": \"" + jeanne + "\", \"notes\": \"Bring samples\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.type").value("VISIT"))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.dueDate").value("2027-03-12"))
                .andExpect(jsonPath("$.dueTime").value("14:30:00"))
                .andExpect(jsonPath("$.assigneeId")
                        .value(team.alice().userId().value().toString()))
                .andExpect(jsonPath("$.thirdpartyId").value(lambert.toString()))
                .andExpect(jsonPath("$.contactId").value(jeanne.toString()))
                .andExpect(jsonPath("$.quoteId").doesNotExist())
                .andExpect(jsonPath("$.origin").value("MANUAL"))
                .andExpect(jsonPath("$.rule").doesNotExist())
                .andExpect(jsonPath("$.title").value("Visit"))
                .andExpect(jsonPath("$.outcome").doesNotExist()));
        Map<String, Object> task = JsonPath.read(answer, "$");
        assertThat(task.keySet())
                .contains(
                        "id",
                        "version",
                        "type",
                        "status",
                        "dueDate",
                        "dueTime",
                        "assigneeId",
                        "thirdpartyId",
                        "contactId",
                        "quoteId",
                        "origin",
                        "rule",
                        "title",
                        "outcome");

        // the title of a task planned without one is its type's, in the reader's language
        RelanceUser french = team.acme().member("Françoise", io.relance.shared.Role.MANAGER, "fr");
        mvc.perform(get("/api/v1/tasks/" + task.get("id")).with(user(french)))
                .andExpect(jsonPath("$.title").value("Visite"));
    }

    @Test
    void everyBadFieldIsRefusedAtOnceAndNothingIsPlanned() throws Exception {
        Team team = workspaces.team();
        ThirdPartyId lambert = party(team.alice(), "Famille Lambert");
        ThirdPartyId other = party(team.alice(), "Other");
        UUID notItsContact = contact(team.alice(), other, "Durand");

        send(
                        team.alice(),
                        post("/api/v1/tasks"),
                        "{\"type\": \"fax\", \"dueDate\": \"2027-03-09\", \"thirdpartyId\": \"" + lambert
                                + "\", \"contactId\": \"" + notItsContact + "\", \"assigneeId\": \""
                                + team.bob().userId() + "\", \"title\": \"" + "x".repeat(201) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.containsInAnyOrder(
                                "type", "dueDate", "contactId", "assigneeId", "title")));
        sendRefused(
                team.alice(),
                post("/api/v1/tasks"),
                "{\"type\": \"call\", \"dueDate\": \"2027-03-10\"}",
                "thirdpartyId");
        sendRefused(team.alice(), post("/api/v1/tasks"), "{\"type\": \"call\", \"dueDate\": \"soon\"}", "dueDate");
        sendRefused(
                team.alice(),
                post("/api/v1/tasks"),
                "{\"type\": \"call\", \"thirdpartyId\": \"" + lambert + "\"}",
                "dueDate");
        // a third party he may not see is none
        ThirdPartyId bobs = party(team.bob(), "Bob's");
        sendRefused(
                team.alice(),
                post("/api/v1/tasks"),
                "{\"type\": \"call\", \"dueDate\": \"2027-03-10\", \"thirdpartyId\": \"" + bobs + "\"}",
                "thirdpartyId");

        assertThat(ids(team.manager(), "")).isEmpty();
    }

    @Test
    void theListFiltersByAssigneeDueThirdPartyAndStatusAndPagesByCursor() throws Exception {
        Team team = workspaces.team();
        ThirdPartyId lambert = party(team.alice(), "Famille Lambert");
        ThirdPartyId dupont = party(team.alice(), "Dupont");
        String overdue = overdueCall(team.alice(), lambert, 3);
        String today = call(team.alice(), dupont, TODAY);
        String later = call(team.alice(), lambert, TODAY.plusDays(5));
        String bobs = plan(
                team.manager(),
                dupont,
                "\"type\": \"todo\", \"dueDate\": \"2027-03-11\", \"assigneeId\": \""
                        + team.bob().userId() + "\"");
        String done = call(team.alice(), dupont, TODAY.plusDays(1));
        send(team.alice(), post("/api/v1/tasks/" + done + "/complete"), "{}").andExpect(status().isOk());

        assertThat(ids(team.alice(), "")).containsExactly(overdue, today, bobs, done, later);
        assertThat(ids(team.alice(), "?assignee=me&status=OPEN")).containsExactly(overdue, today, later);
        assertThat(ids(team.alice(), "?assignee=" + team.bob().userId())).containsExactly(bobs);
        assertThat(ids(team.alice(), "?due=overdue")).containsExactly(overdue);
        assertThat(ids(team.alice(), "?due=today")).containsExactly(today);
        assertThat(ids(team.alice(), "?due=upcoming&status=open")).containsExactly(bobs, later);
        assertThat(ids(team.alice(), "?thirdpartyId=" + lambert)).containsExactly(overdue, later);
        assertThat(ids(team.alice(), "?status=DONE,CANCELLED")).containsExactly(done);

        // a page of two, then the next, then the last
        String first = body(mvc.perform(get("/api/v1/tasks?limit=2").with(user(team.alice()))));
        assertThat(JsonPath.<List<String>>read(first, "$.items[*].id")).containsExactly(overdue, today);
        String cursor = JsonPath.read(first, "$.nextCursor");
        assertThat(ids(team.alice(), "?limit=2&cursor=" + cursor)).containsExactly(bobs, done);

        // bad filters are field errors
        for (String[] bad : new String[][] {
            {"?due=tomorrow", "due"},
            {"?status=LATE", "status"},
            {"?assignee=someone", "assignee"},
            {"?thirdpartyId=x", "thirdpartyId"},
            {"?colour=red", "colour"},
            {"?cursor=zzz", "cursor"},
            {"?limit=501", "limit"}
        }) {
            mvc.perform(get("/api/v1/tasks" + bad[0]).with(user(team.alice())))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value(bad[1]));
        }
    }

    @Test
    void aChangeNeedsTheVersionReadAndAStaleOneIsAConflict() throws Exception {
        RelanceUser rep = workspaces.rep();
        ThirdPartyId lambert = party(rep, "Famille Lambert");
        String task = call(rep, lambert, TODAY);

        send(
                        rep,
                        patch("/api/v1/tasks/" + task),
                        "{\"title\": \"Call about the kitchen\", \"dueTime\": \"09:15\"," + " \"version\": 0}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Call about the kitchen"))
                .andExpect(jsonPath("$.dueTime").value("09:15:00"))
                .andExpect(jsonPath("$.version").value(1));
        send(rep, patch("/api/v1/tasks/" + task), "{\"title\": \"Lost\", \"version\": 0}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value(409));
        sendRefused(rep, patch("/api/v1/tasks/" + task), "{\"title\": \"No version\"}", "version");
        sendRefused(rep, patch("/api/v1/tasks/" + task), "{\"title\": \" \", \"version\": 1}", "title");
        send(rep, patch("/api/v1/tasks/" + task), "{\"dueTime\": null, \"version\": 1}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dueTime").doesNotExist())
                .andExpect(jsonPath("$.title").value("Call about the kitchen"));
        send(rep, post("/api/v1/tasks/" + task + "/snooze"), "{\"until\": \"2027-03-15\", \"version\": 1}")
                .andExpect(status().isConflict());
    }

    @Test
    void completingLogsTheCallOnTheThirdPartysTimeline() throws Exception {
        RelanceUser rep = workspaces.rep();
        ThirdPartyId lambert = party(rep, "Famille Lambert");
        String task = call(rep, lambert, TODAY);

        send(rep, post("/api/v1/tasks/" + task + "/complete"), "{\"outcome\": \"Wants a quote for the attic\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.outcome").value("Wants a quote for the attic"));
        mvc.perform(get("/api/v1/thirdparties/" + lambert + "/history?kind=calls")
                        .with(user(rep)))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].kind").value("history.call"))
                .andExpect(jsonPath("$.items[0].direction").value("OUTBOUND"))
                .andExpect(jsonPath("$.items[0].summary").value("Call"))
                .andExpect(jsonPath("$.items[0].outcome").value("Wants a quote for the attic"));

        // done is done: a second completion, a snooze or a cancel is a conflict
        send(rep, post("/api/v1/tasks/" + task + "/complete"), "{}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("This task is done and can no longer change."));
        send(rep, post("/api/v1/tasks/" + task + "/cancel"), "{}").andExpect(status().isConflict());
    }

    @Test
    void completingWithAClassificationPlansTheNextTaskAndBlankPlansNone() throws Exception {
        RelanceUser rep = workspaces.rep();
        ThirdPartyId lambert = party(rep, "Famille Lambert");
        String task = call(rep, lambert, TODAY);

        send(
                        rep,
                        post("/api/v1/tasks/" + task + "/complete"),
                        "{\"outcome\": \"Interested\", \"classification\": \"promising\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.classification").value("promising"));

        // the next call, due in 14 days (Wednesday 24 March), planned by the classification, titled in the reader's
        // language
        String next = body(mvc.perform(
                get("/api/v1/tasks?status=OPEN&thirdpartyId=" + lambert).with(user(rep))));
        assertThat(JsonPath.<List<String>>read(next, "$.items[*].dueDate")).containsExactly("2027-03-24");
        assertThat(JsonPath.<List<String>>read(next, "$.items[*].origin")).containsExactly("RULE");
        assertThat(JsonPath.<List<String>>read(next, "$.items[*].rule")).containsExactly("CLASSIFICATION");
        assertThat(JsonPath.<List<String>>read(next, "$.items[*].title")).containsExactly("Follow up (Promising)");

        // an unknown classification is refused and nothing happens: the task stays open, the timeline as it was
        String other = call(rep, lambert, TODAY);
        sendRefused(
                rep,
                post("/api/v1/tasks/" + other + "/complete"),
                "{\"outcome\": \"x\", \"classification\": \"hot\"}",
                "classification");
        mvc.perform(get("/api/v1/tasks/" + other).with(user(rep)))
                .andExpect(jsonPath("$.status").value("OPEN"));
        mvc.perform(get("/api/v1/thirdparties/" + lambert + "/history?kind=calls")
                        .with(user(rep)))
                .andExpect(jsonPath("$.items.length()").value(1));

        // blank: done, no follow-up planned
        send(rep, post("/api/v1/tasks/" + other + "/complete"), "{\"classification\": \"\"}")
                .andExpect(status().isOk());
        assertThat(ids(rep, "?status=OPEN")).hasSize(1);
    }

    @Test
    void anSmsIsLoggedWithWhatCameOfItAndAToDoWithoutOutcomeLeavesNothing() throws Exception {
        RelanceUser rep = workspaces.rep();
        ThirdPartyId lambert = party(rep, "Famille Lambert");
        String sms = plan(
                rep, lambert, "\"type\": \"sms\", \"dueDate\": \"2027-03-10\", \"title\": \"Check the quote arrived\"");
        String todo = plan(rep, lambert, "\"type\": \"todo\", \"dueDate\": \"2027-03-10\"");

        send(rep, post("/api/v1/tasks/" + sms + "/complete"), "{\"outcome\": \"Sent\"}")
                .andExpect(status().isOk());
        send(rep, post("/api/v1/tasks/" + todo + "/complete"), "{\"outcome\": \" \"}")
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/thirdparties/" + lambert + "/history?kind=messages")
                        .with(user(rep)))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].kind").value("history.sms"))
                .andExpect(jsonPath("$.items[0].direction").value("OUTBOUND"))
                .andExpect(jsonPath("$.items[0].summary").value("Check the quote arrived — Sent"));
        mvc.perform(get("/api/v1/thirdparties/" + lambert + "/history?kind=notes")
                        .with(user(rep)))
                .andExpect(jsonPath("$.items.length()").value(0));
        sendRefused(
                rep,
                post("/api/v1/tasks/" + call(rep, lambert, TODAY) + "/complete"),
                "{\"outcome\": \"" + "x".repeat(201) + "\"}",
                "outcome");
    }

    @Test
    void snoozingMovesTheTaskToALaterDayOnly() throws Exception {
        RelanceUser rep = workspaces.rep();
        String task = call(rep, party(rep, "Famille Lambert"), TODAY);

        sendRefused(rep, post("/api/v1/tasks/" + task + "/snooze"), "{\"until\": \"2027-03-10\"}", "until");
        sendRefused(rep, post("/api/v1/tasks/" + task + "/snooze"), "{}", "until");
        send(rep, post("/api/v1/tasks/" + task + "/snooze"), "{\"until\": \"2027-03-17\", \"version\": 0}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dueDate").value("2027-03-17"))
                .andExpect(jsonPath("$.status").value("OPEN"));
    }

    @Test
    void onlyManagersReassignAndCancellingClosesTheTask() throws Exception {
        Team team = workspaces.team();
        // a to-do: a call goes only to whoever may contact the third party (ContactRulesIntegrationTests)
        String task = plan(
                team.alice(),
                party(team.alice(), "Famille Lambert"),
                "\"type\": \"todo\", \"dueDate\": \"" + TODAY + "\"");

        send(
                        team.alice(),
                        post("/api/v1/tasks/" + task + "/reassign"),
                        "{\"assigneeId\": \"" + team.bob().userId() + "\"}")
                .andExpect(status().isForbidden());
        sendRefused(
                team.manager(),
                post("/api/v1/tasks/" + task + "/reassign"),
                "{\"assigneeId\": \"" + UUID.randomUUID() + "\"}",
                "assigneeId");
        send(
                        team.manager(),
                        post("/api/v1/tasks/" + task + "/reassign"),
                        "{\"assigneeId\": \"" + team.bob().userId() + "\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assigneeId")
                        .value(team.bob().userId().value().toString()));

        // Bob has it now (though the third party is Alice's); Alice still sees it, on her record
        assertThat(ids(team.bob(), "?assignee=me")).containsExactly(task);
        assertThat(ids(team.alice(), "?assignee=me")).isEmpty();
        send(team.bob(), post("/api/v1/tasks/" + task + "/cancel"), "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"));
    }

    @Test
    void aRepReachesHisTasksAndThoseOfThirdPartiesHeSeesOnly() throws Exception {
        Team team = workspaces.team();
        ThirdPartyId bobs = party(team.bob(), "Bob's prospect");
        String bobsTask = call(team.bob(), bobs, TODAY);
        // a to-do: a call goes only to whoever may contact the third party (ContactRulesIntegrationTests)
        String forAlice = plan(
                team.manager(),
                bobs,
                "\"type\": \"todo\", \"dueDate\": \"2027-03-10\", \"assigneeId\": \""
                        + team.alice().userId() + "\"");

        assertThat(ids(team.alice(), "")).containsExactly(forAlice);
        assertThat(ids(team.manager(), "")).containsExactlyInAnyOrder(bobsTask, forAlice);
        for (var request : List.of(
                get("/api/v1/tasks/" + bobsTask),
                post("/api/v1/tasks/" + bobsTask + "/complete").content("{}"),
                post("/api/v1/tasks/" + bobsTask + "/snooze").content("{\"until\": \"2027-03-20\"}"),
                post("/api/v1/tasks/" + bobsTask + "/cancel").content("{}"),
                patch("/api/v1/tasks/" + bobsTask).content("{\"title\": \"x\", \"version\": 0}"))) {
            mvc.perform(request.contentType("application/json").with(user(team.alice())))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/tasks/" + forAlice).with(user(team.alice()))).andExpect(status().isOk());
    }

    @Test
    void anotherWorkspaceFindsNoneOfTheTasks() throws Exception {
        Team team = workspaces.team();
        ThirdPartyId lambert = party(team.alice(), "Famille Lambert");
        String task = call(team.alice(), lambert, TODAY);
        RelanceUser stranger = workspaces.create("Other").admin();

        for (var request : List.of(
                get("/api/v1/tasks/" + task),
                patch("/api/v1/tasks/" + task).content("{\"title\": \"x\", \"version\": 0}"),
                post("/api/v1/tasks/" + task + "/complete").content("{}"),
                post("/api/v1/tasks/" + task + "/snooze").content("{\"until\": \"2027-03-20\"}"),
                post("/api/v1/tasks/" + task + "/reassign").content("{\"assigneeId\": \"" + stranger.userId() + "\"}"),
                post("/api/v1/tasks/" + task + "/cancel").content("{}"),
                get("/api/v1/tasks/not-an-id"))) {
            mvc.perform(request.contentType("application/json").with(user(stranger)))
                    .andExpect(status().isNotFound());
        }
        assertThat(ids(stranger, "")).isEmpty();
        assertThat(ids(stranger, "?thirdpartyId=" + lambert)).isEmpty();
        sendRefused(
                stranger,
                post("/api/v1/tasks"),
                "{\"type\": \"call\", \"dueDate\": \"2027-03-10\", \"thirdpartyId\": \"" + lambert + "\"}",
                "thirdpartyId");
        assertThat(ids(team.alice(), "")).containsExactly(task);
    }
}

package io.relance.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.party.ThirdPartyId;
import io.relance.quote.QuoteTest;
import io.relance.shared.RelanceUser;
import io.relance.workspace.WorkspaceFixture.Team;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * My day (the home page) and a record's tasks panel: overdue, today and later in that order with their words, whose
 * day a manager looks at, the rows' actions, the "new task" box, what another workspace reaches (nothing).
 */
class MyDayIntegrationTests extends TaskTest {

    private String home(RelanceUser who, String query) throws Exception {
        return body(mvc.perform(get("/" + query).with(user(who))).andExpect(status().isOk()));
    }

    /** The part of the page from one section's start to the next section's (or the end). */
    private static String section(String page, String kind) {
        int start = page.indexOf("id=\"myday-" + kind + "\"");
        assertThat(start).as("section " + kind).isNotNegative();
        int end = page.indexOf("<section", start + 1);
        return page.substring(start, end < 0 ? page.length() : end);
    }

    /** A row's form as htmx asks for it when its button opens (TaskFormsController). */
    private String form(RelanceUser who, String task, String action, String from) throws Exception {
        return body(as(
                        who,
                        htmx(get("/tasks/" + task + "/" + action))
                                .param("from", from)
                                .param("view", "me"))
                .andExpect(status().isOk()));
    }

    /** A visit planned tomorrow in the record's "new task" box with these fields (name, value, …); the panel answered. */
    private String visitFromTheBox(RelanceUser who, ThirdPartyId party, Object... fields) throws Exception {
        var request = htmx(post("/thirdparties/" + party + "/tasks"))
                .param("type", "VISIT")
                .param("dueDate", TODAY.plusDays(1).toString());
        for (int i = 0; i < fields.length; i += 2) {
            request.param((String) fields[i], String.valueOf(fields[i + 1]));
        }
        return body(as(who, request).andExpect(status().isOk()));
    }

    @Test
    void overdueThenTodayThenLaterEachWithItsWordAndOneTapToCall() throws Exception {
        RelanceUser rep = workspaces.rep();
        ThirdPartyId lambert = party(rep, "Famille Lambert");
        ThirdPartyId dupont = party(rep, "Dupont Rénovation");
        ThirdPartyId martin = party(rep, "Martin SARL");
        overdueCall(rep, lambert, 2);
        plan(
                rep,
                dupont,
                "\"type\": \"visit\", \"dueDate\": \"2027-03-10\", \"dueTime\": \"14:30\", \"title\": \"Measure the attic\"");
        call(rep, martin, TODAY.plusDays(6));

        String page = home(rep, "");
        assertThat(page.indexOf("id=\"myday-overdue\"")).isPositive().isLessThan(page.indexOf("id=\"myday-today\""));
        assertThat(page.indexOf("id=\"myday-today\"")).isLessThan(page.indexOf("id=\"myday-upcoming\""));
        assertThat(section(page, "overdue"))
                .contains("Famille Lambert", "task-overdue", ">Overdue<", "Mar 8, 2027", "href=\"tel:+33472000001\"")
                .doesNotContain("Dupont", "Martin");
        assertThat(section(page, "today"))
                .contains("Dupont Rénovation", "Measure the attic", "task-today", ">Today<", "Mar 10, 2027, 2:30")
                .doesNotContain("Lambert", "Martin");
        assertThat(section(page, "upcoming"))
                .contains("Martin SARL", "task-later", ">Later<", "Mar 16, 2027")
                .doesNotContain("Lambert", "Dupont");

        // a day later, today's visit is overdue and nothing is due today
        clock.setTo(NOW.plus(Duration.ofDays(1)));
        page = home(rep, "");
        assertThat(section(page, "overdue")).contains("Famille Lambert", "Measure the attic");
        assertThat(section(page, "today")).contains("Nothing due today.");
    }

    @Test
    void eachSectionSaysHowManyItHoldsAndShowsTheRestPageByPage() throws Exception {
        RelanceUser rep = workspaces.rep();
        ThirdPartyId lambert = party(rep, "Famille Lambert");
        for (int day = 1; day <= 23; day++) { // the section shows 20 at once
            plan(
                    rep,
                    lambert,
                    "\"type\": \"todo\", \"dueDate\": \"" + TODAY.plusDays(day) + "\", \"title\": \"Step " + day
                            + "\"");
        }
        call(rep, lambert, TODAY);

        String page = home(rep, "");
        assertThat(section(page, "today")).contains("myday-count\">1<");
        String upcoming = section(page, "upcoming");
        assertThat(upcoming)
                .contains("myday-count\">23<", "Step 1<", "Step 20<", "Show more (3 not shown)")
                .doesNotContain("Step 21<");
        Matcher more = Pattern.compile("href=\"(/myday/upcoming\\?[^\"]+)\"").matcher(upcoming);
        assertThat(more.find()).isTrue();
        String next = more.group(1).replace("&amp;", "&");
        assertThat(next).contains("view=me", "seen=20");

        String rest = body(mvc.perform(get(next).with(user(rep))).andExpect(status().isOk()));
        assertThat(section(rest, "upcoming"))
                .contains("myday-count\">23<", "Step 21<", "Step 22<", "Step 23<")
                .doesNotContain("Step 20<", "Show more");
        // htmx asks the same page and keeps its rows and its (now empty) "more"
        assertThat(rest).contains("Back to My day", "id=\"myday-upcoming-list\"", "id=\"myday-upcoming-more\"");

        // another's day is not reached through the page; an unknown section is not found
        RelanceUser stranger = workspaces.create("Other").admin();
        assertThat(body(mvc.perform(get(next).with(user(stranger))).andExpect(status().isOk())))
                .doesNotContain("Famille Lambert");
        mvc.perform(get("/myday/someday").with(user(rep))).andExpect(status().isNotFound());

        // the record's panel too: its 24 open tasks, 20 shown, the 4 others a page away (not the API's JSON)
        String record = body(
                mvc.perform(get("/thirdparties/" + lambert).with(user(rep))).andExpect(status().isOk()));
        assertThat(record)
                .contains("tasks-count\">24<", "Show more (4 not shown)")
                .doesNotContain("/api/v1/tasks?");
        Matcher panelMore = Pattern.compile("href=\"(/thirdparties/[^\"]+/tasks\\?[^\"]+)\"")
                .matcher(record);
        assertThat(panelMore.find()).isTrue();
        String panelRest =
                body(mvc.perform(get(panelMore.group(1).replace("&amp;", "&")).with(user(rep)))
                        .andExpect(status().isOk()));
        assertThat(panelRest)
                .contains("Open tasks of Famille Lambert", "Step 20<", "Step 23<", "id=\"tasks-panel-more\"")
                .doesNotContain("Step 19<", "Show more");
        mvc.perform(get("/thirdparties/" + lambert + "/tasks").with(user(stranger)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aManagerLooksAtATeammatesDayOrTheTeamsARepOnlyAtHisOwn() throws Exception {
        Team team = workspaces.team();
        call(team.alice(), party(team.alice(), "Alice's prospect"), TODAY);
        call(team.bob(), party(team.bob(), "Bob's prospect"), TODAY);

        assertThat(home(team.manager(), "")).contains("id=\"myday-view\"").doesNotContain("prospect");
        assertThat(home(team.manager(), "?view=" + team.alice().userId()))
                .contains("Alice&#39;s prospect")
                .doesNotContain("Bob&#39;s prospect");
        assertThat(home(team.manager(), "?view=team"))
                .contains("Alice&#39;s prospect", "Bob&#39;s prospect", "For Alice", "For Bob");
        assertThat(home(team.alice(), "?view=team"))
                .contains("Alice&#39;s prospect")
                .doesNotContain("Bob&#39;s prospect", "id=\"myday-view\"");
    }

    @Test
    void doneFromMyDayGoesOnTheTimelineAndBackToTheSameView() throws Exception {
        Team team = workspaces.team();
        ThirdPartyId lambert = party(team.alice(), "Famille Lambert");
        String task = call(team.alice(), lambert, TODAY);

        as(
                        team.manager(),
                        htmx(post("/tasks/" + task + "/complete"))
                                .param("outcome", "Call back in spring")
                                .param("classification", "")
                                .param("version", "0")
                                .param("from", "myday")
                                .param("view", "team"))
                .andExpect(redirectedUrl("/?view=team"))
                .andExpect(flash().attributeExists("flash"));
        mvc.perform(get("/api/v1/tasks/" + task).with(user(team.alice())))
                .andExpect(jsonPath("$.status").value("DONE"));
        mvc.perform(get("/api/v1/thirdparties/" + lambert + "/history?kind=calls")
                        .with(user(team.alice())))
                .andExpect(jsonPath("$.items[0].outcome").value("Call back in spring"));
        assertThat(home(team.manager(), "?view=team")).doesNotContain("Famille Lambert");

        // a second time: the task is done, said on the page, nothing changes
        as(team.manager(), post("/tasks/" + task + "/complete").param("from", "myday"))
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute(
                                "flash",
                                io.relance.shared.web.Flash.error("This task is done and can no longer change.")));
    }

    @Test
    void snoozeToTomorrowOrADayAndOnlyManagersReassign() throws Exception {
        Team team = workspaces.team();
        ThirdPartyId lambert = party(team.alice(), "Famille Lambert");
        // a to-do: a call goes only to whoever may contact the third party (ContactRulesIntegrationTests)
        String task = plan(team.alice(), lambert, "\"type\": \"todo\", \"dueDate\": \"" + TODAY + "\"");

        as(
                        team.alice(),
                        post("/tasks/" + task + "/snooze")
                                .param("until", "2027-03-11")
                                .param("date", ""))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/api/v1/tasks/" + task).with(user(team.alice())))
                .andExpect(jsonPath("$.dueDate").value("2027-03-11"));
        as(team.alice(), post("/tasks/" + task + "/snooze").param("date", "2027-03-01"))
                .andExpect(flash().attribute("flash", io.relance.shared.web.Flash.error("Choose a day after today.")));
        as(
                        team.alice(),
                        post("/tasks/" + task + "/snooze")
                                .param("date", "2027-03-22")
                                .param("from", "record")
                                .param("record", lambert.toString()))
                .andExpect(redirectedUrl("/thirdparties/" + lambert));
        mvc.perform(get("/api/v1/tasks/" + task).with(user(team.alice())))
                .andExpect(jsonPath("$.dueDate").value("2027-03-22"));

        as(
                        team.alice(),
                        post("/tasks/" + task + "/reassign")
                                .param("assigneeId", team.bob().userId().toString()))
                .andExpect(status().isForbidden());
        as(
                        team.manager(),
                        post("/tasks/" + task + "/reassign")
                                .param("assigneeId", team.bob().userId().toString()))
                .andExpect(redirectedUrl("/"));
        assertThat(home(team.bob(), "")).contains("Famille Lambert");
    }

    @Test
    void aRowsFormsComeWhenItsButtonOpensInPlaceWithHtmxOrOnAPageOfTheirOwn() throws Exception {
        Team team = workspaces.team();
        ThirdPartyId lambert = party(team.alice(), "Famille Lambert");
        String task = plan(team.alice(), lambert, "\"type\": \"visit\", \"dueDate\": \"" + TODAY + "\"");

        String row = section(home(team.alice(), ""), "today");
        assertThat(row)
                .contains("task-complete", "task-snooze", "href=\"/tasks/" + task + "/snooze?from=myday&amp;view=me\"")
                .doesNotContain("name=\"outcome\"", "name=\"until\"", "task-reassign");
        assertThat(form(team.alice(), task, "snooze", "myday"))
                .contains("name=\"until\" value=\"" + TODAY.plusDays(1) + "\"", "name=\"version\"")
                .doesNotContain("<html");
        String page = body(as(team.alice(), get("/tasks/" + task + "/complete").param("from", "myday"))
                .andExpect(status().isOk()));
        assertThat(page).contains("<html", "name=\"outcome\"", "name=\"classification\"", "href=\"/?view=me\"");
        as(team.alice(), get("/tasks/" + task + "/reassign")).andExpect(status().isNotFound());
        assertThat(form(team.manager(), task, "reassign", "myday")).contains("name=\"assigneeId\"", "Bob");
        assertThat(section(home(team.manager(), "?view=team"), "today")).contains("task-reassign");
    }

    @Test
    void theRecordShowsItsOpenTasksAndPlansANewOneWithErrorsBesideTheFields() throws Exception {
        RelanceUser rep = workspaces.rep();
        ThirdPartyId lambert = party(rep, "Famille Lambert");
        plan(rep, lambert, "\"type\": \"meeting\", \"dueDate\": \"2027-03-12\", \"title\": \"Sign the order\"");

        String record = body(
                mvc.perform(get("/thirdparties/" + lambert).with(user(rep))).andExpect(status().isOk()));
        assertThat(record).contains("id=\"tasks-panel\"", "Sign the order", "id=\"nt-type\"");

        String refused = body(as(
                        rep,
                        htmx(post("/thirdparties/" + lambert + "/tasks"))
                                .param("type", "CALL")
                                .param("dueDate", "2027-03-01")
                                .param("title", "Too early"))
                .andExpect(status().isOk()));
        assertThat(refused)
                .contains("id=\"nt-dueDate-error\"", "The due date cannot be before today.", "value=\"Too early\"");
        String planned = body(as(
                        rep,
                        htmx(post("/thirdparties/" + lambert + "/tasks"))
                                .param("type", "CALL")
                                .param("dueDate", "2027-03-10")
                                .param("dueTime", "11:00")
                                .param("assigneeId", rep.userId().toString())
                                .param("title", "Confirm the date"))
                .andExpect(status().isOk()));
        assertThat(planned).contains("Task planned.", "Confirm the date", "Sign the order");
        assertThat(planned.indexOf("Confirm the date")).isLessThan(planned.indexOf("Sign the order"));
        // without script: the record page with the message
        as(
                        rep,
                        post("/thirdparties/" + lambert + "/tasks")
                                .param("type", "TODO")
                                .param("dueDate", "2027-03-15"))
                .andExpect(redirectedUrl("/thirdparties/" + lambert));
    }

    @Test
    void aTaskOnAThirdPartyTheRepMayNotSeeOffersNoClassificationAndTheFormIsRefusedOne() throws Exception {
        Team team = workspaces.team();
        ThirdPartyId bobs = party(team.bob(), "Bob Prospect");
        String forAlice = plan(
                team.manager(),
                bobs,
                "\"type\": \"todo\", \"dueDate\": \"" + TODAY + "\", \"assigneeId\": \""
                        + team.alice().userId() + "\"");

        String row = section(home(team.alice(), ""), "today");
        assertThat(row)
                .contains(
                        "Bob Prospect",
                        "task-complete",
                        "hx-get=\"/tasks/" + forAlice + "/complete?from=myday&amp;view=me\"")
                .doesNotContain("href=\"/thirdparties/" + bobs + "\"");
        assertThat(form(team.alice(), forAlice, "complete", "myday"))
                .contains("name=\"outcome\"")
                .doesNotContain("name=\"classification\"");
        as(
                        team.alice(),
                        post("/tasks/" + forAlice + "/complete")
                                .param("classification", "promising")
                                .param("from", "myday"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/tasks/" + forAlice).with(user(team.alice())))
                .andExpect(jsonPath("$.status").value("OPEN"));
        // Bob, who owns it, is offered the classifications from his record
        String record = body(
                mvc.perform(get("/thirdparties/" + bobs).with(user(team.bob()))).andExpect(status().isOk()));
        assertThat(record).contains("hx-get=\"/tasks/" + forAlice + "/complete?from=record&amp;view=me\"");
        assertThat(form(team.bob(), forAlice, "complete", "record"))
                .contains(
                        "name=\"classification\"",
                        "name=\"from\" value=\"record\"",
                        "name=\"record\" value=\"" + bobs + "\"");
    }

    @Test
    void theNewTaskBoxNamesOneOfItsContactsOneOfItsQuotesAndNotesWithErrorsBesideThem() throws Exception {
        RelanceUser rep = workspaces.rep();
        ThirdPartyId lambert = party(rep, "Famille Lambert");
        UUID jeanne = contact(rep, lambert, "Lambert");
        UUID elsewhere = contact(rep, party(rep, "Dupont Rénovation"), "Dupont");
        String quote = JsonPath.read(
                body(send(
                                rep,
                                post("/api/v1/quotes"),
                                "{\"thirdpartyId\": \"" + lambert + "\", \"lines\": " + QuoteTest.EXAMPLE_LINES + "}")
                        .andExpect(status().isCreated())),
                "$.id");

        String record = body(
                mvc.perform(get("/thirdparties/" + lambert).with(user(rep))).andExpect(status().isOk()));
        assertThat(record)
                .contains("id=\"nt-contactId\"", "value=\"" + jeanne + "\"", "Jeanne Lambert")
                .contains("id=\"nt-quoteId\"", "value=\"" + quote + "\"", " · Draft")
                .contains("id=\"nt-notes\"", "No contact", "No quote")
                .doesNotContain("value=\"" + elsewhere + "\"");

        String refused =
                visitFromTheBox(rep, lambert, "contactId", elsewhere, "quoteId", "not-an-id", "notes", "Bring samples");
        assertThat(refused)
                .contains("id=\"nt-quoteId-error\"", "This is not a quote of the third party.")
                .contains(">Bring samples</textarea>");
        refused = visitFromTheBox(rep, lambert, "contactId", elsewhere, "notes", "x".repeat(4001));
        assertThat(refused)
                .contains(
                        "id=\"nt-contactId-error\"",
                        "This is not a contact of the third party.",
                        "id=\"nt-notes-error\"");

        String planned = visitFromTheBox(rep, lambert, "contactId", jeanne, "quoteId", quote, "notes", "Bring samples");
        assertThat(planned).contains("Task planned.", "Bring samples", "href=\"/quotes/" + quote + "\"");
        mvc.perform(get("/api/v1/tasks?thirdpartyId=" + lambert).with(user(rep)))
                .andExpect(jsonPath("$.items[0].contactId").value(jeanne.toString()))
                .andExpect(jsonPath("$.items[0].quoteId").value(quote))
                .andExpect(jsonPath("$.items[0].notes").value("Bring samples"));
    }

    @Test
    void anotherWorkspaceReachesNoneOfTheForms() throws Exception {
        RelanceUser rep = workspaces.rep();
        ThirdPartyId lambert = party(rep, "Famille Lambert");
        String task = call(rep, lambert, TODAY);
        RelanceUser stranger = workspaces.create("Other").admin();

        for (String action : new String[] {"complete", "snooze", "reassign"}) {
            as(stranger, get("/tasks/" + task + "/" + action)).andExpect(status().isNotFound());
        }
        for (String action : new String[] {"complete", "snooze", "reassign", "cancel"}) {
            as(
                            stranger,
                            post("/tasks/" + task + "/" + action)
                                    .param("until", "2027-03-20")
                                    .param("assigneeId", stranger.userId().toString()))
                    .andExpect(status().isNotFound());
        }
        as(
                        stranger,
                        post("/thirdparties/" + lambert + "/tasks")
                                .param("type", "CALL")
                                .param("dueDate", "2027-03-15"))
                .andExpect(status().isNotFound());
        assertThat(home(stranger, "?view=" + rep.userId())).doesNotContain("Famille Lambert");
        mvc.perform(get("/api/v1/tasks/" + task).with(user(rep)))
                .andExpect(jsonPath("$.status").value("OPEN"));
    }
}

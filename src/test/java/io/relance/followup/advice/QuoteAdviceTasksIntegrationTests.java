package io.relance.followup.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.TwoThreads;
import io.relance.followup.FollowUpRule;
import io.relance.followup.FollowUpTasks;
import io.relance.followup.TaskStatus;
import io.relance.followup.TaskType;
import io.relance.followup.TaskView;
import io.relance.followup.task.Task;
import io.relance.followup.task.Tasks;
import io.relance.quote.QuoteId;
import io.relance.quote.QuoteTest;
import io.relance.shared.RelanceUser;
import io.relance.shared.WorkspaceId;
import io.relance.workspace.WorkspaceFixture.TestWorkspace;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A sent quote's advice as a task, the clock moved through days (from Monday 3 March 2031, Paris): not opened → an SMS
 * task with the prepared text, once, never back once done while the advice holds; silence → a call; opened again after
 * weeks → the call replaced by "call now", due today; answered → its task closed; two looks at once plan one task;
 * another workspace's run touches nothing.
 */
class QuoteAdviceTasksIntegrationTests extends QuoteTest {

    static final LocalDate MONDAY = LocalDate.of(2031, 3, 3);

    @Autowired
    QuoteAdviceTasks advice;

    @Autowired
    FollowUpTasks followUp;

    @Autowired
    Tasks tasks;

    TestWorkspace acme;
    RelanceUser rita;
    WorkspaceId ws;

    @BeforeEach
    void aRep() {
        acme = workspaces.create("Acme Renovation");
        rita = acme.rep("Rita Rep");
        ws = acme.id();
        at(0, "09:00");
    }

    void at(int plusDays, String parisTime) {
        clock.setTo(MONDAY.plusDays(plusDays)
                .atTime(LocalTime.parse(parisTime))
                .atZone(ZoneId.of("Europe/Paris"))
                .toInstant());
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Paris"));
    }

    /**
     * A quote of a new third party of Rita's, sent now with its link (as the send does); its id, once the reactions to
     * the send are over.
     */
    String sentQuote(String partyName) throws Exception {
        return sentQuote(rita, partyName);
    }

    String sentQuote(RelanceUser owner, String partyName) throws Exception {
        String id = quote(owner, party(owner, partyName));
        markSent(owner, id);
        links.issue(ws, QuoteId.SUBJECT, UUID.fromString(id));
        reactionsOver(id);
        return id;
    }

    String number(String quoteId) throws Exception {
        return JsonPath.read(body(send(rita, get("/api/v1/quotes/" + quoteId), "")), "$.number");
    }

    /** Waits until this module's reactions to the quote's events (sent, opened, answered) are done. */
    void reactionsOver(String quoteId) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql("""
                                SELECT COUNT(*) FROM event_publication WHERE listener_id LIKE '%QuoteAdviceReactions%'
                                AND serialized_event LIKE ? AND completion_date IS NULL""")
                                .param("%" + quoteId + "%")
                                .query(Integer.class)
                                .single()
                        == 0);
    }

    TaskView openAdviceTask(String quoteId) {
        return followUp.openForRule(ws, "advice:" + quoteId).orElse(null);
    }

    List<String> adviceTaskStatuses(String quoteId) {
        return jdbc.sql("SELECT status FROM followup_tasks WHERE workspace_id = ? AND rule_key = ? ORDER BY created_at")
                .params(ws.value(), "advice:" + quoteId)
                .query(String.class)
                .list();
    }

    @Test
    void aQuoteNotOpenedForThreeDaysGetsOneSmsTaskWithThePreparedTextThatDoesNotComeBackOnceDone() throws Exception {
        String id = sentQuote("Famille Lambert");
        at(2, "09:30");
        assertThat(advice.run(ws, today())).isZero();

        at(3, "09:30");
        assertThat(advice.run(ws, today())).isEqualTo(1);

        TaskView task = openAdviceTask(id);
        assertThat(task.type()).isEqualTo(TaskType.SMS);
        assertThat(task.rule()).isEqualTo(FollowUpRule.QUOTE_ADVICE);
        assertThat(task.title()).isEqualTo("followup.task.title.advice-not-opened|" + number(id));
        assertThat(task.dueDate()).isEqualTo(MONDAY.plusDays(3));
        assertThat(task.assignee()).isEqualTo(rita.userId());
        assertThat(task.target().quoteId()).isEqualTo(UUID.fromString(id));
        assertThat(task.notes())
                .contains("Famille Lambert")
                .contains(number(id))
                .contains("/q/");

        // again, and another workspace's run: nothing more
        assertThat(advice.run(ws, today())).isZero();
        assertThat(advice.run(workspaces.create("Globex").id(), today())).isZero();
        assertThat(adviceTaskStatuses(id)).containsExactly("OPEN");

        // done by the rep: the same advice the next day plans nothing again
        Task open = tasks.find(ws, task.id()).orElseThrow();
        open.complete("Sent the SMS", null, rita.userId(), clock.instant());
        tasks.update(open);
        at(4, "09:30");
        assertThat(advice.run(ws, today())).isZero();
        assertThat(adviceTaskStatuses(id)).containsExactly("DONE");
    }

    @Test
    void myDayShowsTheAdviceOnceAsItsTaskAndAManagerSeesTheAdviceOfTheDayHeChose() throws Exception {
        RelanceUser max = acme.manager("Max Manager");
        String lambert = sentQuote("Famille Lambert");
        String own = sentQuote(max, "Maison Manager");
        at(3, "09:30");
        assertThat(advice.run(ws, today())).isEqualTo(2);

        // Rita's day: the advice is her SMS task, with its prepared text and the quote one tap away; no second list
        String page = body(as(rita, get("/")).andExpect(status().isOk()));
        assertThat(page)
                .doesNotContain("id=\"quote-advice\"", "Maison Manager")
                .contains(
                        "Make sure quote " + number(lambert) + " arrived",
                        "Planned by the quote&#39;s follow-up advice",
                        "/q/",
                        "href=\"/quotes/" + lambert + "\"");
        assertThat(page.split("class=\"task-row\"", -1)).hasSize(2);

        // the manager looks at Rita's day: Rita's advice, not his own; at the team's: both; at his own: his
        assertThat(body(as(max, get("/?view=" + rita.userId()))))
                .contains("Famille Lambert")
                .doesNotContain("Maison Manager", "id=\"quote-advice\"");
        assertThat(body(as(max, get("/?view=team")))).contains("Famille Lambert", "Maison Manager");
        assertThat(body(as(max, get("/"))))
                .contains("Maison Manager", "href=\"/quotes/" + own + "\"")
                .doesNotContain("Famille Lambert");
    }

    @Test
    void theTaskFollowsTheAdviceSilenceThenACallThenBackAfterWeeksACallNowDueToday() throws Exception {
        String id = sentQuote("Famille Martin");
        at(1, "10:00");
        clientOpens(ws, id);
        reactionsOver(id);
        assertThat(openAdviceTask(id)).isNull();

        at(4, "10:30"); // Friday: opened, then three days of silence
        assertThat(advice.run(ws, today())).isEqualTo(1);
        TaskView call = openAdviceTask(id);
        assertThat(call.type()).isEqualTo(TaskType.CALL);
        assertThat(call.title()).startsWith("followup.task.title.advice-call|");
        assertThat(call.dueDate()).isEqualTo(MONDAY.plusDays(4));

        at(19, "20:00"); // Saturday, two weeks later: the client is back, reconnect now
        clientOpens(ws, id, 2);
        reactionsOver(id);

        TaskView now = openAdviceTask(id);
        assertThat(now.title()).startsWith("followup.task.title.advice-reconnect|");
        assertThat(now.type()).isEqualTo(TaskType.CALL);
        assertThat(now.dueDate()).isEqualTo(MONDAY.plusDays(19));
        assertThat(adviceTaskStatuses(id)).containsExactly("CANCELLED", "OPEN");
        assertThat(tasks.find(ws, call.id()).orElseThrow().status()).isEqualTo(TaskStatus.CANCELLED);
    }

    @Test
    void aBatchOfOpensLooksAtItsSentQuotesAsOneSetAndLeavesTheOthers() throws Exception {
        String lambert = sentQuote("Famille Lambert");
        String martin = sentQuote("Famille Martin");
        String draft = quote(rita, party(rita, "Famille Draft"));
        at(1, "10:00");
        clientOpens(ws, lambert);
        clientOpens(ws, martin);
        at(4, "10:30"); // three days of silence: each gets its call
        assertThat(advice.run(ws, today())).isEqualTo(2);

        at(20, "11:00"); // both back after weeks, in one batch of opens, with a draft and an unknown id
        clientOpens(ws, lambert, 2);
        clientOpens(ws, martin, 2);
        reactionsOver(lambert);
        reactionsOver(martin);
        int changed = advice.refresh(
                ws,
                List.of(
                        new QuoteId(UUID.fromString(lambert)), new QuoteId(UUID.fromString(martin)),
                        new QuoteId(UUID.fromString(draft)), new QuoteId(UUID.randomUUID())));

        assertThat(changed).isZero(); // the reactions to the opens did it already, as one set
        for (String id : List.of(lambert, martin)) {
            assertThat(openAdviceTask(id).title()).startsWith("followup.task.title.advice-reconnect|");
            assertThat(adviceTaskStatuses(id)).containsExactly("CANCELLED", "OPEN");
        }
        assertThat(adviceTaskStatuses(draft)).isEmpty();
    }

    @Test
    void anAnsweredQuoteClosesItsAdviceTask() throws Exception {
        String id = sentQuote("Famille Durand");
        at(3, "09:30");
        advice.run(ws, today());
        assertThat(openAdviceTask(id)).isNotNull();

        send(rita, post("/api/v1/quotes/" + id + "/cancel"), "").andExpect(status().isOk());
        reactionsOver(id);

        assertThat(openAdviceTask(id)).isNull();
        assertThat(adviceTaskStatuses(id)).containsExactly("CANCELLED");
        assertThat(advice.run(ws, today())).isZero();
    }

    @Test
    void twoLooksAtOnceOnTwoThreadsPlanEachTaskOnce() throws Exception {
        List<String> ids = List.of(sentQuote("Dupont"), sentQuote("Petit"), sentQuote("Moreau"));
        at(3, "09:30");
        LocalDate today = today();
        List<Integer> planned = TwoThreads.atOnce(() -> advice.run(ws, today));

        assertThat(planned.get(0) + planned.get(1)).isEqualTo(3);
        for (String id : ids) {
            assertThat(adviceTaskStatuses(id)).containsExactly("OPEN");
        }
    }

    @Test
    void aQuoteOfAnotherWorkspaceIsNeitherReadNorAnswered() throws Exception {
        String id = sentQuote("Famille Lambert");
        at(3, "09:30");
        WorkspaceId other = workspaces.create("Globex").id();

        assertThat(advice.refresh(other, new QuoteId(UUID.fromString(id)))).isZero();
        assertThat(advice.answered(other, new QuoteId(UUID.fromString(id)))).isFalse();
        assertThat(adviceTaskStatuses(id)).isEmpty();
    }
}

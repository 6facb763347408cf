package io.relance.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.shared.AdjustableClock;
import io.relance.shared.RelanceUser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

/** The timeline of a third party: what is recorded by itself, what is logged by hand, filters and paging. */
class ThirdPartyTimelineIntegrationTests extends PageTest {

    @Autowired
    AdjustableClock clock;

    @Test
    void everyChangeIsRecordedWithWhoAndBeforeAndAfter() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser rep = acme.rep("Rep");
        RelanceUser manager = acme.manager("Maud");
        String t = thirdParties.of(rep).named("Dupont").in("Lyon").createInApi();

        clock.advance(Duration.ofMinutes(1));
        send(rep, patch(t), "{\"version\":0,\"city\":\"Nice\"}").andExpect(status().isOk());
        clock.advance(Duration.ofMinutes(1));
        send(rep, put(t + "/status"), "{\"status\":\"TO_CONTACT\"}").andExpect(status().isOk());
        clock.advance(Duration.ofMinutes(1));
        send(rep, put(t + "/potential"), "{\"potential\":\"high\"}").andExpect(status().isOk());
        clock.advance(Duration.ofMinutes(1));
        long version = ((Number) JsonPath.read(body(mvc.perform(get(t).with(user(rep)))), "$.version")).longValue();
        send(manager, put(t + "/owner"), "{\"ownerId\":\"" + manager.userId() + "\",\"version\":" + version + "}")
                .andExpect(status().isOk());
        clock.advance(Duration.ofMinutes(1));
        send(manager, post(t + "/contacts"), "{\"firstName\":\"Anne\",\"lastName\":\"Martin\"}")
                .andExpect(status().isCreated());
        clock.advance(Duration.ofMinutes(1));
        mvc.perform(multipart(t + "/files")
                        .file(new MockMultipartFile(
                                "file", "notes.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8)))
                        .with(user(manager)))
                .andExpect(status().isCreated());

        String timeline = pageAs(manager, t + "/history");
        assertThat((List<String>) JsonPath.read(timeline, "$.items[*].kind"))
                .containsExactly(
                        "history.file-added",
                        "party.contact-added",
                        "party.owner-changed",
                        "party.potential-changed",
                        "party.status-changed",
                        "party.field-changed",
                        "party.created");
        String city =
                body(mvc.perform(get(t + "/history?kind=changes&limit=500").with(user(manager))));
        List<Object> fieldChange = JsonPath.read(city, "$.items[?(@.kind == 'party.field-changed')].changes[0]");
        assertThat(fieldChange).hasSize(1);
        assertThat(fieldChange.get(0).toString())
                .contains("city")
                .contains("Lyon")
                .contains("Nice");
        assertThat((List<String>) JsonPath.read(city, "$.items[?(@.kind == 'party.field-changed')].actorId"))
                .containsExactly(rep.userId().toString());
        assertThat(timeline).contains("NEVER_CONTACTED").contains("TO_CONTACT").contains("high");
    }

    @Test
    void callsVisitsAndNotesAreLoggedByHandAndFilteredByKind() throws Exception {
        RelanceUser rep = workspaces.rep();
        String t = thirdParties.of(rep).named("Dupont").createInApi();
        clock.advance(Duration.ofMinutes(1));
        send(
                        rep,
                        post(t + "/history"),
                        "{\"type\":\"CALL\",\"direction\":\"OUTBOUND\",\"summary\":\"Called\",\"outcome\":\"Call back Monday\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("history.call"))
                .andExpect(jsonPath("$.outcome").value("Call back Monday"));
        clock.advance(Duration.ofMinutes(1));
        send(rep, post(t + "/history"), "{\"type\":\"VISIT\",\"summary\":\"On site\"}")
                .andExpect(status().isCreated());
        clock.advance(Duration.ofMinutes(1));
        send(rep, post(t + "/history"), "{\"type\":\"NOTE\",\"body\":\"<p>Nice <script>alert(1)</script>people</p>\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.body").value("<p>Nice people</p>"));
        send(rep, post(t + "/notes"), "{\"body\":\"<b onmouseover=x>Second</b>\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.body").value("<b>Second</b>"));

        mvc.perform(get(t + "/history?kind=calls").with(user(rep)))
                .andExpect(jsonPath("$.items[*].kind", containsInAnyOrder("history.call", "history.visit")));
        mvc.perform(get(t + "/history?kind=notes").with(user(rep))).andExpect(jsonPath("$.items", hasSize(2)));
        mvc.perform(get(t + "/notes").with(user(rep))).andExpect(jsonPath("$.items", hasSize(2)));
        mvc.perform(get(t + "/history?kind=changes").with(user(rep)))
                .andExpect(jsonPath("$.items[*].kind", containsInAnyOrder("party.created")));
        mvc.perform(get(t + "/history?kind=files").with(user(rep))).andExpect(jsonPath("$.items", hasSize(0)));
        mvc.perform(get(t + "/history?kind=gossip").with(user(rep)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
    }

    @Test
    void badHandLoggedEventsAreFieldErrorsAndWriteNothing() throws Exception {
        RelanceUser rep = workspaces.rep();
        String t = thirdParties.of(rep).named("Dupont").createInApi();
        for (String[] bad : new String[][] {
            {"{\"type\":\"GOSSIP\",\"summary\":\"x\"}", "type"},
            {"{\"summary\":\"x\"}", "type"},
            {"{\"type\":\"CREATED\",\"summary\":\"x\"}", "type"},
            {"{\"type\":\"MERGED\",\"summary\":\"x\"}", "type"},
            {"{\"type\":\"CALL\"}", "summary"},
            {"{\"type\":\"CALL\",\"summary\":\"x\",\"direction\":\"SIDEWAYS\"}", "direction"},
            {"{\"type\":\"CALL\",\"summary\":\"x\",\"occurredAt\":\"yesterday\"}", "occurredAt"},
            // only a call, an e-mail or an SMS has a direction; only a call, a meeting or a visit an outcome
            {"{\"type\":\"NOTE\",\"body\":\"x\",\"direction\":\"OUTBOUND\"}", "direction"},
            {"{\"type\":\"MEETING\",\"summary\":\"x\",\"direction\":\"INBOUND\"}", "direction"},
            {"{\"type\":\"NOTE\",\"body\":\"x\",\"outcome\":\"Done\"}", "outcome"},
            {"{\"type\":\"SMS\",\"summary\":\"x\",\"outcome\":\"Done\"}", "outcome"},
            {"{\"type\":\"CALL\",\"summary\":\"" + "x".repeat(501) + "\"}", "summary"},
        }) {
            send(rep, post(t + "/history"), bad[0])
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value(bad[1]));
        }
        mvc.perform(get(t + "/history").with(user(rep)))
                .andExpect(jsonPath("$.items[*].kind", containsInAnyOrder("party.created")));
    }

    @Test
    void theTimelinePagesByCursorNewestFirstWithoutLosingOrRepeatingAnEvent() throws Exception {
        RelanceUser rep = workspaces.rep();
        String t = thirdParties.of(rep).named("Dupont").createInApi();
        // several events at the very same instant, and nanoseconds the database may not keep
        clock.advance(Duration.ofNanos(123_456_789));
        for (int i = 0; i < 4; i++) {
            send(rep, post(t + "/history"), "{\"type\":\"CALL\",\"summary\":\"same instant " + i + "\"}")
                    .andExpect(status().isCreated());
        }
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofNanos(1_000_001));
            send(rep, post(t + "/history"), "{\"type\":\"NOTE\",\"summary\":\"later " + i + "\"}")
                    .andExpect(status().isCreated());
        }
        send(
                        rep,
                        post(t + "/history"),
                        "{\"type\":\"VISIT\",\"summary\":\"back then\",\"occurredAt\":\"2020-01-01T10:00:00.123456789Z\"}")
                .andExpect(status().isCreated());
        List<String> all = body(mvc.perform(get(t + "/history?limit=500").with(user(rep))))
                .transform(b -> JsonPath.read(b, "$.items[*].id"));
        assertThat(all).hasSize(9).doesNotHaveDuplicates();
        List<String> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            String page = body(mvc.perform(get(t + "/history?limit=2" + (cursor == null ? "" : "&cursor=" + cursor))
                            .with(user(rep)))
                    .andExpect(status().isOk()));
            paged.addAll(JsonPath.read(page, "$.items[*].id"));
            cursor = JsonPath.read(page, "$.nextCursor");
            pages++;
        } while (cursor != null && pages < 20);
        assertThat(paged).containsExactlyElementsOf(all);
        List<String> summaries = body(mvc.perform(get(t + "/history?limit=500").with(user(rep))))
                .transform(b -> JsonPath.read(b, "$.items[*].kind"));
        assertThat(summaries.get(summaries.size() - 1)).isEqualTo("history.visit");
        mvc.perform(get(t + "/history?cursor=garbage").with(user(rep)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("cursor"));
    }
}

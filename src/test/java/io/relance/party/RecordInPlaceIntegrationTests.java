package io.relance.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.history.Direction;
import io.relance.history.HandLoggedEvent;
import io.relance.history.HandLoggedType;
import io.relance.party.core.ThirdPartyTimeline;
import io.relance.shared.RelanceUser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

/**
 * The record page's small changes answer in place when htmx asks (the log box, the timeline and its filter, the
 * contacts, the files), and the same forms still post, redirect and show the page again without JavaScript.
 */
class RecordInPlaceIntegrationTests extends PageTest {

    @Autowired
    ThirdPartyTimeline thirdPartyTimeline;

    String record(RelanceUser owner, String name) {
        return "/thirdparties/" + thirdParties.of(owner).named(name).createUuid();
    }

    List<String> kinds(RelanceUser who, String record, String group) throws Exception {
        return JsonPath.read(
                body(mvc.perform(get("/api/v1" + record + "/history?kind=" + group + "&limit=500")
                        .with(user(who)))),
                "$.items[*].kind");
    }

    @Test
    void statusAndPotentialChangedInTheHeaderAnswerTheHeaderAndTheFactAndReloadTheTimeline() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser rep = acme.rep("Rep");
        String record = record(rep, "Cuisines Morel");

        String answer = body(as(
                        rep,
                        htmx(post(record + "/status"))
                                .param("status", "CONTACTED")
                                .param("view", "record"))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Trigger", "timeline-changed")));
        assertThat(answer.strip())
                .doesNotContain("<html")
                .startsWith("<div class=\"d-flex flex-wrap gap-1 align-items-center\" id=\"record-state\"")
                .contains("value=\"CONTACTED\" selected")
                .contains("id=\"facts-potential\" hx-swap-oob=\"true\"");

        answer = body(as(
                        rep,
                        htmx(post(record + "/potential"))
                                .param("potential", "high")
                                .param("view", "record"))
                .andExpect(status().isOk()));
        assertThat(answer).contains("value=\"high\" selected").containsPattern("id=\"facts-potential\"[^>]*>High<");
        assertThat(kinds(rep, record, "changes")).contains("party.status-changed", "party.potential-changed");

        // without JavaScript the same forms post and come back to the page
        as(rep, post(record + "/status").param("status", "TO_CONTACT").param("view", "record"))
                .andExpect(status().is3xxRedirection());
        // nobody else's record, in place or not
        as(
                        acme.rep("Other"),
                        htmx(post(record + "/status"))
                                .param("status", "CONTACTED")
                                .param("view", "record"))
                .andExpect(status().isNotFound());
        as(
                        workspaces.create("Globex").admin(),
                        htmx(post(record + "/potential"))
                                .param("potential", "low")
                                .param("view", "record"))
                .andExpect(status().isNotFound());
    }

    @Test
    void loggingACallAnswersTheClearedBoxAndTheTimelineAndRedirectsWithoutJavaScript() throws Exception {
        RelanceUser rep = workspaces.rep();
        String record = record(rep, "Cuisines Morel");

        String answer = body(as(
                        rep,
                        htmx(post(record + "/log"))
                                .param("type", "MEETING")
                                .param("direction", "INBOUND")
                                .param("summary", "Showed the <b>kitchen</b> plans")
                                .param("outcome", "Wants a quote")
                                .param("kind", "all"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("HX-Replace-Url")));
        assertThat(answer.strip())
                .doesNotContain("<html")
                .startsWith("<div class=\"panel\" id=\"logbox\"")
                .contains("Added to the timeline.")
                // the entry, typed markup shown as text
                .contains("id=\"timeline-panel\"")
                .contains("hx-swap-oob=\"true\"")
                .contains("Showed the &lt;b&gt;kitchen&lt;/b&gt; plans")
                .contains("Wants a quote")
                // the box is cleared, its type kept for the next entry
                .contains("name=\"summary\"")
                .doesNotContain("value=\"Wants a quote\"")
                .contains("value=\"MEETING\" selected");
        assertThat(answer.substring(answer.indexOf("id=\"log-summary\""), answer.indexOf("</textarea>")))
                .endsWith(">");
        assertThat(kinds(rep, record, "calls")).containsExactly("history.meeting");

        // without JavaScript: post, redirect, the page again
        as(rep, post(record + "/log").param("type", "NOTE").param("summary", "Plain post"))
                .andExpect(redirectedUrl(record));
        mvc.perform(get(record).with(user(rep)))
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("Plain post")));
        assertThat(kinds(rep, record, "notes")).containsExactly("history.note");
    }

    @Test
    void theTimelineKeepsItsFilterWhenTheNewEntryShowsInItAndShowsEverythingOtherwise() throws Exception {
        RelanceUser rep = workspaces.rep();
        String record = record(rep, "Garage Petit");

        as(
                        rep,
                        htmx(post(record + "/log"))
                                .param("type", "CALL")
                                .param("summary", "First call")
                                .param("kind", "calls"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("HX-Replace-Url"))
                .andExpect(content().string(containsString("hx-get=\"" + record + "/timeline?kind=calls\"")))
                .andExpect(content().string(containsString("First call")))
                .andExpect(content().string(not(containsString("Created"))));

        as(
                        rep,
                        htmx(post(record + "/log"))
                                .param("type", "SMS")
                                .param("summary", "Texted")
                                .param("kind", "notes"))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Replace-Url", record))
                .andExpect(content().string(containsString("hx-get=\"" + record + "/timeline?kind=all\"")))
                .andExpect(content().string(containsString("Texted")))
                .andExpect(content().string(containsString("First call")));
    }

    @Test
    void anInvalidEntryAnswersTheBoxWithItsErrorsAndWhatWasTypedAndWritesNothing() throws Exception {
        RelanceUser rep = workspaces.rep();
        String record = record(rep, "Menuiserie Roux");

        String missingSummary = body(as(
                        rep,
                        htmx(post(record + "/log"))
                                .param("type", "VISIT")
                                .param("direction", "OUTBOUND")
                                .param("summary", "  ")
                                .param("outcome", "Typed <i>outcome</i>")
                                .param("occurredAt", "2026-13-45T99:00"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("HX-Trigger")));
        assertThat(missingSummary)
                .doesNotContain("<html")
                .doesNotContain("timeline-panel")
                .startsWith("<div class=\"panel\" id=\"logbox\"")
                .contains("id=\"log-summary-error\"")
                .contains("Required.")
                .contains("id=\"log-when-error\"")
                .contains("Not a valid date and time.")
                .contains("aria-describedby=\"log-summary-error\"")
                .contains("value=\"Typed &lt;i&gt;outcome&lt;/i&gt;\"")
                .contains("value=\"2026-13-45T99:00\"")
                .contains("value=\"VISIT\" selected")
                .doesNotContain("Added to the timeline.");

        as(
                        rep,
                        htmx(post(record + "/log"))
                                .param("type", "CALL")
                                .param("summary", "Kept <script>as typed</script>")
                                .param("occurredAt", "2099-01-01T10:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Too far in the future.")))
                .andExpect(content().string(containsString(">Kept &lt;script&gt;as typed&lt;/script&gt;</textarea>")));
        as(rep, htmx(post(record + "/log")).param("type", "CREATED").param("summary", "Forged"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"log-type-error\"")));
        as(
                        rep,
                        htmx(post(record + "/log"))
                                .param("type", "CALL")
                                .param("summary", "x".repeat(501))
                                .param("outcome", "y".repeat(201)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("At most 500 characters.")))
                .andExpect(content().string(containsString("At most 200 characters.")));

        assertThat(kinds(rep, record, "all")).containsExactly("party.created");

        // a time of the past, typed in the workspace's zone (Europe/Paris), is when the call happened
        as(
                        rep,
                        htmx(post(record + "/log"))
                                .param("type", "CALL")
                                .param("summary", "Yesterday's call")
                                .param("occurredAt", "2026-01-15T09:30"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1" + record + "/history?kind=calls").with(user(rep)))
                .andExpect(jsonPath("$.items[0].occurredAt").value("2026-01-15T08:30:00Z"));
    }

    @Test
    void aNoteHasNeitherDirectionNorOutcome() throws Exception {
        RelanceUser rep = workspaces.rep();
        String record = record(rep, "Ébénisterie Blanc");

        // the box as sent for a call shows both; each says for which kinds it is shown
        String page = body(mvc.perform(get(record).with(user(rep))).andExpect(status().isOk()));
        assertThat(page)
                .contains("data-type-select=\"log-type\" data-shown-for-types=\"CALL EMAIL SMS\"")
                .contains("data-type-select=\"log-type\" data-shown-for-types=\"CALL MEETING VISIT\"")
                .doesNotContain("hidden=\"hidden\"");

        // without script the direction select still sends its value: a note keeps none
        as(
                        rep,
                        post(record + "/log")
                                .param("type", "NOTE")
                                .param("direction", "OUTBOUND")
                                .param("summary", "Likes oak"))
                .andExpect(redirectedUrl(record));
        mvc.perform(get("/api/v1" + record + "/history?kind=notes").with(user(rep)))
                .andExpect(jsonPath("$.items[0].kind").value("history.note"))
                .andExpect(jsonPath("$.items[0].direction").doesNotExist());

        // an outcome typed for a note is refused beside the field, nothing written, the direction hidden
        String refused = body(as(
                        rep,
                        htmx(post(record + "/log"))
                                .param("type", "NOTE")
                                .param("direction", "OUTBOUND")
                                .param("summary", "Second note")
                                .param("outcome", "Sold"))
                .andExpect(status().isOk()));
        assertThat(refused)
                .contains("id=\"log-outcome-error\"")
                .contains("Only a call, a meeting or a visit has an outcome.")
                .contains("value=\"Sold\"")
                .containsPattern(
                        "<div class=\"col-sm-4\" data-type-select=\"log-type\" data-shown-for-types=\"CALL EMAIL SMS\" hidden=\"hidden\">");
        assertThat(kinds(rep, record, "notes")).containsExactly("history.note");
    }

    @Test
    void theTimelineFilterSwapsOnlyTheTimelineAndPushesThePageAddress() throws Exception {
        RelanceUser rep = workspaces.rep();
        String record = record(rep, "Plomberie Vidal");
        ThirdPartyId id = new ThirdPartyId(java.util.UUID.fromString(record.substring(record.lastIndexOf('/') + 1)));
        thirdPartyTimeline.log(
                rep,
                id,
                new HandLoggedEvent(HandLoggedType.CALL, Direction.OUTBOUND, "Rang the boss", null, null, null));
        thirdPartyTimeline.log(
                rep, id, new HandLoggedEvent(HandLoggedType.NOTE, null, null, "<p>Likes blue</p>", null, null));

        String calls =
                body(mvc.perform(htmx(get(record + "/timeline?kind=calls")).with(user(rep)))
                        .andExpect(status().isOk()));
        assertThat(calls)
                .doesNotContain("<html")
                .startsWith("<div class=\"panel\" id=\"timeline-panel\"")
                .doesNotContain("hx-swap-oob")
                .contains("Rang the boss")
                .doesNotContain("Likes blue")
                .contains("id=\"timeline-kind\" name=\"kind\" value=\"calls\"")
                .contains("hx-push-url=\"" + record + "?kind=notes\"")
                .contains("href=\"" + record + "?kind=notes\"");
        assertThat(calls).contains("class=\"nav-link py-1 px-2 active\" id=\"timeline-filter-calls\"");

        // without htmx, the address of the timeline is the page at that filter
        mvc.perform(get(record + "/timeline?kind=notes").with(user(rep)))
                .andExpect(redirectedUrl(record + "?kind=notes"));
        mvc.perform(get(record + "?kind=notes").with(user(rep)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("Likes blue")))
                .andExpect(content().string(not(containsString("Rang the boss"))));
    }

    @Test
    void contactsAreAddedChangedAndRemovedInPlaceAndTheTimelineIsToldSo() throws Exception {
        RelanceUser rep = workspaces.rep();
        String record = record(rep, "Boulangerie Riou");

        String added = body(as(
                        rep,
                        htmx(post(record + "/contacts"))
                                .param("firstName", "Jeanne")
                                .param("lastName", "Riou <b>fille</b>")
                                .param("email", "jeanne@riou.test"))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Trigger", "timeline-changed")));
        assertThat(added)
                .doesNotContain("<html")
                .startsWith("<div class=\"panel\" id=\"contacts\"")
                .contains("Contact added.")
                .contains("Jeanne Riou &lt;b&gt;fille&lt;/b&gt;")
                .contains("hx-confirm=\"Remove the contact Jeanne Riou &lt;b&gt;fille&lt;/b&gt;?\"")
                .contains("data-confirm=\"Remove the contact Jeanne Riou &lt;b&gt;fille&lt;/b&gt;?\"");
        String contactId = JsonPath.read(
                body(mvc.perform(get("/api/v1" + record + "/contacts").with(user(rep)))), "$.items[0].id");

        // a wrong form is answered beside its fields, as typed, and adds nothing
        String refused = body(as(
                        rep,
                        htmx(post(record + "/contacts"))
                                .param("firstName", "Typed <i>first</i>")
                                .param("lastName", " ")
                                .param("email", "typed@riou.test"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("HX-Trigger")));
        assertThat(refused)
                .contains("<details open")
                .contains("id=\"c-lastName-error\"")
                .contains("value=\"Typed &lt;i&gt;first&lt;/i&gt;\"")
                .contains("value=\"typed@riou.test\"");
        as(rep, htmx(post(record + "/contacts")).param("lastName", "Riou").param("phone", "12"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"c-phone-error\"")))
                .andExpect(content().string(containsString("value=\"12\"")));
        mvc.perform(get("/api/v1" + record + "/contacts").with(user(rep))).andExpect(jsonPath("$.items", hasSize(1)));

        as(
                        rep,
                        htmx(post(record + "/contacts/" + contactId))
                                .param("version", "0")
                                .param("firstName", "Jeanne")
                                .param("lastName", "Riou-Martin"))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Trigger", "timeline-changed"))
                .andExpect(content().string(containsString("Contact saved.")))
                .andExpect(content().string(containsString("Jeanne Riou-Martin")));
        as(
                        rep,
                        htmx(post(record + "/contacts/" + contactId))
                                .param("version", "0")
                                .param("firstName", "Jeanne")
                                .param("lastName", "Lost update"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("HX-Trigger"))
                .andExpect(content().string(containsString("changed by someone else")))
                .andExpect(content().string(containsString("value=\"Lost update\"")));

        String removed = body(as(rep, htmx(post(record + "/contacts/" + contactId + "/delete")))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Trigger", "timeline-changed")));
        assertThat(removed)
                .doesNotContain("<html")
                .startsWith("<div class=\"panel\" id=\"contacts\"")
                .contains("Contact removed.")
                .doesNotContain("Riou-Martin");

        // what the timeline reloads once told
        mvc.perform(htmx(get(record + "/timeline?kind=changes")).with(user(rep)))
                .andExpect(content().string(containsString("Contact added")))
                .andExpect(content().string(containsString("Contact changed")))
                .andExpect(content().string(containsString("Contact removed")));
        assertThat(kinds(rep, record, "changes"))
                .containsExactlyInAnyOrder(
                        "party.contact-removed", "party.contact-changed", "party.contact-added", "party.created");
    }

    @Test
    void filesAreUploadedAndRemovedInPlaceAndADisguisedFileIsRefusedInThePanel() throws Exception {
        RelanceUser rep = workspaces.rep();
        String record = record(rep, "Toitures Blanc");

        String uploaded = body(as(
                        rep,
                        htmx(multipart(record + "/files")
                                .file(new MockMultipartFile(
                                        "file",
                                        "devis <1>.txt",
                                        "text/plain",
                                        "Hello".getBytes(StandardCharsets.UTF_8)))))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Trigger", "timeline-changed")));
        assertThat(uploaded)
                .doesNotContain("<html")
                .startsWith("<div class=\"panel\" id=\"files\"")
                .contains("File attached.")
                .contains(">devis &lt;1&gt;.txt</a>")
                .contains("hx-encoding=\"multipart/form-data\"")
                .contains("hx-confirm=\"Remove the file devis &lt;1&gt;.txt?\"");

        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        String refused = body(as(
                        rep,
                        htmx(multipart(record + "/files")
                                .file(new MockMultipartFile("file", "invoice.pdf", "application/pdf", html))))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("HX-Trigger")));
        assertThat(refused)
                .startsWith("<div class=\"panel\" id=\"files\"")
                .contains("id=\"file-error\"")
                .contains("does not match its name")
                .contains("aria-describedby=\"file-error\"")
                .doesNotContain("invoice.pdf")
                .doesNotContain("alert(1)");
        String fileId = JsonPath.read(
                body(mvc.perform(get("/api/v1" + record + "/files").with(user(rep)))
                        .andExpect(jsonPath("$.items", hasSize(1)))),
                "$.items[0].id");

        String removed = body(as(rep, htmx(post(record + "/files/" + fileId + "/delete")))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Trigger", "timeline-changed")));
        assertThat(removed).contains("File removed.").doesNotContain("devis &lt;1&gt;.txt</a>");
        assertThat(kinds(rep, record, "files")).containsExactlyInAnyOrder("history.file-removed", "history.file-added");

        // without JavaScript the upload still posts and comes back to the page
        as(
                        rep,
                        multipart(record + "/files")
                                .file(new MockMultipartFile(
                                        "file", "plain.txt", "text/plain", "Plain".getBytes(StandardCharsets.UTF_8))))
                .andExpect(redirectedUrl(record));
    }

    @Test
    void aRepOfAnotherOwnerOrAnotherWorkspaceGets404OnEveryFragment() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser rep = acme.rep("Rep");
        RelanceUser otherRep = acme.rep("Other rep");
        RelanceUser stranger = workspaces.create("Globex").admin();
        String record = record(rep, "Private");
        as(rep, htmx(post(record + "/contacts")).param("lastName", "Kept")).andExpect(status().isOk());
        String contactId = JsonPath.read(
                body(mvc.perform(get("/api/v1" + record + "/contacts").with(user(rep)))), "$.items[0].id");
        as(
                        rep,
                        multipart(record + "/files")
                                .file(new MockMultipartFile(
                                        "file", "secret.txt", "text/plain", "Secret".getBytes(StandardCharsets.UTF_8))))
                .andExpect(redirectedUrl(record));
        String fileId = JsonPath.read(
                body(mvc.perform(get("/api/v1" + record + "/files").with(user(rep)))), "$.items[0].id");
        List<String> before = kinds(rep, record, "all");

        for (RelanceUser outsider : List.of(otherRep, stranger)) {
            mvc.perform(htmx(get(record + "/timeline?kind=all")).with(user(outsider)))
                    .andExpect(status().isNotFound());
            mvc.perform(get(record + "/timeline?kind=calls").with(user(outsider)))
                    .andExpect(status().isNotFound());
            as(outsider, htmx(post(record + "/log")).param("type", "CALL").param("summary", "Intruder"))
                    .andExpect(status().isNotFound());
            as(outsider, htmx(post(record + "/log")).param("type", "CALL").param("summary", ""))
                    .andExpect(status().isNotFound());
            as(outsider, htmx(post(record + "/contacts")).param("lastName", "Intruder"))
                    .andExpect(status().isNotFound());
            as(outsider, htmx(post(record + "/contacts")).param("lastName", "")).andExpect(status().isNotFound());
            as(
                            outsider,
                            htmx(post(record + "/contacts/" + contactId))
                                    .param("version", "0")
                                    .param("lastName", "Intruder"))
                    .andExpect(status().isNotFound());
            as(outsider, htmx(post(record + "/contacts/" + contactId + "/delete")))
                    .andExpect(status().isNotFound());
            as(
                            outsider,
                            htmx(multipart(record + "/files")
                                    .file(new MockMultipartFile(
                                            "file",
                                            "intruder.txt",
                                            "text/plain",
                                            "x".getBytes(StandardCharsets.UTF_8)))))
                    .andExpect(status().isNotFound());
            as(
                            outsider,
                            htmx(multipart(record + "/files")
                                    .file(new MockMultipartFile(
                                            "file", "intruder.pdf", "application/pdf", new byte[] {1}))))
                    .andExpect(status().isNotFound());
            as(outsider, htmx(post(record + "/files/" + fileId + "/delete"))).andExpect(status().isNotFound());
        }

        assertThat(kinds(rep, record, "all")).isEqualTo(before);
        mvc.perform(get("/api/v1" + record + "/contacts").with(user(rep)))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].lastName").value("Kept"));
        mvc.perform(get("/api/v1" + record + "/files").with(user(rep)))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].filename").value("secret.txt"));
        mvc.perform(get(record).with(user(rep)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Intruder"))));
    }

    @Test
    void theRecordPageCarriesTheHtmxAttributesAndStillPostsPlainForms() throws Exception {
        RelanceUser rep = workspaces.rep();
        String record = record(rep, "Électricité Noël");
        mvc.perform(get(record).with(user(rep)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<form method=\"post\" action=\"" + record + "/log\"")))
                .andExpect(content().string(containsString("hx-post=\"" + record + "/log\"")))
                .andExpect(content().string(containsString("hx-include=\"#timeline-kind\"")))
                .andExpect(content().string(containsString("hx-trigger=\"timeline-changed from:body\"")))
                .andExpect(content().string(containsString("hx-post=\"" + record + "/contacts\"")))
                .andExpect(content().string(containsString("action=\"" + record + "/files\"")))
                .andExpect(content().string(not(containsString("hx-swap-oob"))))
                .andExpect(content().string(startsWith("<!DOCTYPE html>")));
    }
}

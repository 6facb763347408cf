package io.relance.party;

import static io.relance.party.InPlaceAnswers.answered;
import static io.relance.party.InPlaceAnswers.changed;
import static io.relance.party.InPlaceAnswers.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.springframework.test.web.servlet.ResultActions;

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
        return read(who, "/api/v1" + record + "/history?kind=" + group + "&limit=500", "$.items[*].kind");
    }

    /** The form at this address posted by this user as htmx does, its fields each {@code name=value}. */
    ResultActions inPlace(RelanceUser who, String path, String... fields) throws Exception {
        return as(who, form(htmx(post(path)), fields));
    }

    /** A text file of this name, as the record's file box uploads it. */
    static MockMultipartFile textFile(String name, String text) {
        return new MockMultipartFile("file", name, "text/plain", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void statusAndPotentialChangedInTheHeaderAnswerTheHeaderAndTheFactAndReloadTheTimeline() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser rep = acme.rep("Rep");
        String record = record(rep, "Cuisines Morel");

        String answer = changed(inPlace(rep, record + "/status", "status=CONTACTED", "view=record"));
        assertThat(answer.strip())
                .doesNotContain("<html")
                .startsWith("<div class=\"d-flex flex-wrap gap-1 align-items-center\" id=\"record-state\"")
                .contains("value=\"CONTACTED\" selected")
                .contains("id=\"facts-potential\" hx-swap-oob=\"true\"");

        answer = answered(inPlace(rep, record + "/potential", "potential=high", "view=record"));
        assertThat(answer).contains("value=\"high\" selected").containsPattern("id=\"facts-potential\"[^>]*>High<");
        assertThat(kinds(rep, record, "changes")).contains("party.status-changed", "party.potential-changed");

        // without JavaScript the same forms post and come back to the page
        as(rep, form(post(record + "/status"), "status=TO_CONTACT", "view=record"))
                .andExpect(status().is3xxRedirection());
        // nobody else's record, in place or not
        inPlace(acme.rep("Other"), record + "/status", "status=CONTACTED", "view=record")
                .andExpect(status().isNotFound());
        inPlace(workspaces.create("Globex").admin(), record + "/potential", "potential=low", "view=record")
                .andExpect(status().isNotFound());
    }

    @Test
    void loggingACallAnswersTheClearedBoxAndTheTimelineAndRedirectsWithoutJavaScript() throws Exception {
        RelanceUser rep = workspaces.rep();
        String record = record(rep, "Cuisines Morel");

        String answer = body(inPlace(
                        rep,
                        record + "/log",
                        "type=MEETING",
                        "direction=INBOUND",
                        "summary=Showed the <b>kitchen</b> plans",
                        "outcome=Wants a quote",
                        "kind=all")
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
        as(rep, form(post(record + "/log"), "type=NOTE", "summary=Plain post")).andExpect(redirectedUrl(record));
        assertThat(pageAs(rep, record)).contains("<html", "Plain post");
        assertThat(kinds(rep, record, "notes")).containsExactly("history.note");
    }

    @Test
    void theTimelineKeepsItsFilterWhenTheNewEntryShowsInItAndShowsEverythingOtherwise() throws Exception {
        RelanceUser rep = workspaces.rep();
        String record = record(rep, "Garage Petit");

        String calls = body(inPlace(rep, record + "/log", "type=CALL", "summary=First call", "kind=calls")
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("HX-Replace-Url")));
        assertThat(calls)
                .contains("hx-get=\"" + record + "/timeline?kind=calls\"", "First call")
                .doesNotContain("Created");

        String all = body(inPlace(rep, record + "/log", "type=SMS", "summary=Texted", "kind=notes")
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Replace-Url", record)));
        assertThat(all).contains("hx-get=\"" + record + "/timeline?kind=all\"", "Texted", "First call");
    }

    @Test
    void anInvalidEntryAnswersTheBoxWithItsErrorsAndWhatWasTypedAndWritesNothing() throws Exception {
        RelanceUser rep = workspaces.rep();
        String record = record(rep, "Menuiserie Roux");

        String missingSummary = refused(inPlace(
                rep,
                record + "/log",
                "type=VISIT",
                "direction=OUTBOUND",
                "summary=  ",
                "outcome=Typed <i>outcome</i>",
                "occurredAt=2026-13-45T99:00"));
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

        String future = "2099-01-01T10:00";
        assertThat(answered(inPlace(
                        rep,
                        record + "/log",
                        "type=CALL",
                        "summary=Kept <script>as typed</script>",
                        "occurredAt=" + future)))
                .contains("Too far in the future.", ">Kept &lt;script&gt;as typed&lt;/script&gt;</textarea>");
        assertThat(answered(inPlace(rep, record + "/log", "type=CREATED", "summary=Forged")))
                .contains("id=\"log-type-error\"");
        assertThat(answered(inPlace(
                        rep, record + "/log", "type=CALL", "summary=" + "x".repeat(501), "outcome=" + "y".repeat(201))))
                .contains("At most 500 characters.", "At most 200 characters.");

        assertThat(kinds(rep, record, "all")).containsExactly("party.created");

        // a time of the past, typed in the workspace's zone (Europe/Paris), is when the call happened
        inPlace(rep, record + "/log", "type=CALL", "summary=Yesterday's call", "occurredAt=2026-01-15T09:30")
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1" + record + "/history?kind=calls").with(user(rep)))
                .andExpect(jsonPath("$.items[0].occurredAt").value("2026-01-15T08:30:00Z"));
    }

    @Test
    void aNoteHasNeitherDirectionNorOutcome() throws Exception {
        RelanceUser rep = workspaces.rep();
        String record = record(rep, "Ébénisterie Blanc");

        // the box as sent for a call shows both; each says for which kinds it is shown
        assertThat(pageAs(rep, record))
                .contains("data-type-select=\"log-type\" data-shown-for-types=\"CALL EMAIL SMS\"")
                .contains("data-type-select=\"log-type\" data-shown-for-types=\"CALL MEETING VISIT\"")
                .doesNotContain("hidden=\"hidden\"");

        // without script the direction select still sends its value: a note keeps none
        as(rep, form(post(record + "/log"), "type=NOTE", "direction=OUTBOUND", "summary=Likes oak"))
                .andExpect(redirectedUrl(record));
        mvc.perform(get("/api/v1" + record + "/history?kind=notes").with(user(rep)))
                .andExpect(jsonPath("$.items[0].kind").value("history.note"))
                .andExpect(jsonPath("$.items[0].direction").doesNotExist());

        // an outcome typed for a note is refused beside the field, nothing written, the direction hidden
        String refused = answered(inPlace(
                rep, record + "/log", "type=NOTE", "direction=OUTBOUND", "summary=Second note", "outcome=Sold"));
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
                answered(mvc.perform(htmx(get(record + "/timeline?kind=calls")).with(user(rep))));
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
        assertThat(pageAs(rep, record + "?kind=notes"))
                .contains("<html", "Likes blue")
                .doesNotContain("Rang the boss");
    }

    @Test
    void contactsAreAddedChangedAndRemovedInPlaceAndTheTimelineIsToldSo() throws Exception {
        RelanceUser rep = workspaces.rep();
        String record = record(rep, "Boulangerie Riou");

        String added = changed(inPlace(
                rep, record + "/contacts", "firstName=Jeanne", "lastName=Riou <b>fille</b>", "email=jeanne@riou.test"));
        assertThat(added)
                .doesNotContain("<html")
                .startsWith("<div class=\"panel\" id=\"contacts\"")
                .contains("Contact added.")
                .contains("Jeanne Riou &lt;b&gt;fille&lt;/b&gt;")
                .contains("hx-confirm=\"Remove the contact Jeanne Riou &lt;b&gt;fille&lt;/b&gt;?\"")
                .contains("data-confirm=\"Remove the contact Jeanne Riou &lt;b&gt;fille&lt;/b&gt;?\"");
        String contactId = read(rep, "/api/v1" + record + "/contacts", "$.items[0].id");

        // a wrong form is answered beside its fields, as typed, and adds nothing
        String refused = refused(inPlace(
                rep, record + "/contacts", "firstName=Typed <i>first</i>", "lastName= ", "email=typed@riou.test"));
        assertThat(refused)
                .contains("<details open")
                .contains("id=\"c-lastName-error\"")
                .contains("value=\"Typed &lt;i&gt;first&lt;/i&gt;\"")
                .contains("value=\"typed@riou.test\"");
        assertThat(answered(inPlace(rep, record + "/contacts", "lastName=Riou", "phone=12")))
                .contains("id=\"c-phone-error\"", "value=\"12\"");
        mvc.perform(get("/api/v1" + record + "/contacts").with(user(rep))).andExpect(jsonPath("$.items", hasSize(1)));

        String contact = record + "/contacts/" + contactId;
        assertThat(changed(inPlace(rep, contact, "version=0", "firstName=Jeanne", "lastName=Riou-Martin")))
                .contains("Contact saved.", "Jeanne Riou-Martin");
        assertThat(refused(inPlace(rep, contact, "version=0", "firstName=Jeanne", "lastName=Lost update")))
                .contains("changed by someone else", "value=\"Lost update\"");

        String removed = changed(inPlace(rep, contact + "/delete"));
        assertThat(removed)
                .doesNotContain("<html")
                .startsWith("<div class=\"panel\" id=\"contacts\"")
                .contains("Contact removed.")
                .doesNotContain("Riou-Martin");

        // what the timeline reloads once told
        assertThat(body(mvc.perform(htmx(get(record + "/timeline?kind=changes")).with(user(rep)))))
                .contains("Contact added", "Contact changed", "Contact removed");
        assertThat(kinds(rep, record, "changes"))
                .containsExactlyInAnyOrder(
                        "party.contact-removed", "party.contact-changed", "party.contact-added", "party.created");
    }

    @Test
    void filesAreUploadedAndRemovedInPlaceAndADisguisedFileIsRefusedInThePanel() throws Exception {
        RelanceUser rep = workspaces.rep();
        String record = record(rep, "Toitures Blanc");

        String uploaded = changed(as(rep, htmx(multipart(record + "/files").file(textFile("devis <1>.txt", "Hello")))));
        assertThat(uploaded)
                .doesNotContain("<html")
                .startsWith("<div class=\"panel\" id=\"files\"")
                .contains("File attached.")
                .contains(">devis &lt;1&gt;.txt</a>")
                .contains("hx-encoding=\"multipart/form-data\"")
                .contains("hx-confirm=\"Remove the file devis &lt;1&gt;.txt?\"");

        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        String refused = refused(as(
                rep,
                htmx(multipart(record + "/files")
                        .file(new MockMultipartFile("file", "invoice.pdf", "application/pdf", html)))));
        assertThat(refused)
                .startsWith("<div class=\"panel\" id=\"files\"")
                .contains("id=\"file-error\"")
                .contains("does not match its name")
                .contains("aria-describedby=\"file-error\"")
                .doesNotContain("invoice.pdf")
                .doesNotContain("alert(1)");
        mvc.perform(get("/api/v1" + record + "/files").with(user(rep))).andExpect(jsonPath("$.items", hasSize(1)));
        String fileId = read(rep, "/api/v1" + record + "/files", "$.items[0].id");

        String removed = changed(inPlace(rep, record + "/files/" + fileId + "/delete"));
        assertThat(removed).contains("File removed.").doesNotContain("devis &lt;1&gt;.txt</a>");
        assertThat(kinds(rep, record, "files")).containsExactlyInAnyOrder("history.file-removed", "history.file-added");

        // without JavaScript the upload still posts and comes back to the page
        as(rep, multipart(record + "/files").file(textFile("plain.txt", "Plain")))
                .andExpect(redirectedUrl(record));
    }

    @Test
    void aRepOfAnotherOwnerOrAnotherWorkspaceGets404OnEveryFragment() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser rep = acme.rep("Rep");
        RelanceUser otherRep = acme.rep("Other rep");
        RelanceUser stranger = workspaces.create("Globex").admin();
        String record = record(rep, "Private");
        inPlace(rep, record + "/contacts", "lastName=Kept").andExpect(status().isOk());
        String contactId = read(rep, "/api/v1" + record + "/contacts", "$.items[0].id");
        as(rep, multipart(record + "/files").file(textFile("secret.txt", "Secret")))
                .andExpect(redirectedUrl(record));
        String fileId = read(rep, "/api/v1" + record + "/files", "$.items[0].id");
        List<String> before = kinds(rep, record, "all");

        for (RelanceUser outsider : List.of(otherRep, stranger)) {
            mvc.perform(htmx(get(record + "/timeline?kind=all")).with(user(outsider)))
                    .andExpect(status().isNotFound());
            mvc.perform(get(record + "/timeline?kind=calls").with(user(outsider)))
                    .andExpect(status().isNotFound());
            inPlace(outsider, record + "/log", "type=CALL", "summary=Intruder").andExpect(status().isNotFound());
            inPlace(outsider, record + "/log", "type=CALL", "summary=").andExpect(status().isNotFound());
            inPlace(outsider, record + "/contacts", "lastName=Intruder").andExpect(status().isNotFound());
            inPlace(outsider, record + "/contacts", "lastName=").andExpect(status().isNotFound());
            inPlace(outsider, record + "/contacts/" + contactId, "version=0", "lastName=Intruder")
                    .andExpect(status().isNotFound());
            inPlace(outsider, record + "/contacts/" + contactId + "/delete").andExpect(status().isNotFound());
            as(outsider, htmx(multipart(record + "/files").file(textFile("intruder.txt", "x"))))
                    .andExpect(status().isNotFound());
            MockMultipartFile pdf = new MockMultipartFile("file", "intruder.pdf", "application/pdf", new byte[] {1});
            as(outsider, htmx(multipart(record + "/files").file(pdf))).andExpect(status().isNotFound());
            inPlace(outsider, record + "/files/" + fileId + "/delete").andExpect(status().isNotFound());
        }

        assertThat(kinds(rep, record, "all")).isEqualTo(before);
        mvc.perform(get("/api/v1" + record + "/contacts").with(user(rep)))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].lastName").value("Kept"));
        mvc.perform(get("/api/v1" + record + "/files").with(user(rep)))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].filename").value("secret.txt"));
        assertThat(pageAs(rep, record)).doesNotContain("Intruder");
    }

    @Test
    void theRecordPageCarriesTheHtmxAttributesAndStillPostsPlainForms() throws Exception {
        RelanceUser rep = workspaces.rep();
        String record = record(rep, "Électricité Noël");
        assertThat(pageAs(rep, record))
                .contains(
                        "<form method=\"post\" action=\"" + record + "/log\"",
                        "hx-post=\"" + record + "/log\"",
                        "hx-include=\"#timeline-kind\"",
                        "hx-trigger=\"timeline-changed from:body\"",
                        "hx-post=\"" + record + "/contacts\"",
                        "action=\"" + record + "/files\"")
                .doesNotContain("hx-swap-oob")
                .startsWith("<!DOCTYPE html>");
    }
}

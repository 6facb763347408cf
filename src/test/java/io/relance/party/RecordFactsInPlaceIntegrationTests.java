package io.relance.party;

import static io.relance.party.InPlaceAnswers.answered;
import static io.relance.party.InPlaceAnswers.changed;
import static io.relance.party.InPlaceAnswers.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.party.core.Tag;
import io.relance.party.core.ThirdParty;
import io.relance.party.core.ThirdPartyChanges;
import io.relance.party.core.ThirdPartyDetails;
import io.relance.party.customfield.CustomFieldForm;
import io.relance.party.customfield.CustomFieldManagement;
import io.relance.party.customfield.CustomFieldType;
import io.relance.shared.RelanceUser;
import io.relance.workspace.WorkspaceFixture.TestWorkspace;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The record page's Details panel is edited in place: its pencil swaps in a small form of the typed facts, Save
 * applies only those through the versioned update (the timeline records the change), errors and a stale version
 * answer the form again, and the pencil is a plain link to the edit page without JavaScript.
 */
class RecordFactsInPlaceIntegrationTests extends PageTest {

    @Autowired
    CustomFieldManagement customFieldManagement;

    /** The panel's form as the user leaves it: every fact it holds, the version it was read at. */
    static MockHttpServletRequestBuilder facts(String record, long version, Map<String, String> values) {
        MockHttpServletRequestBuilder request = form(post(record + "/facts"), "version=" + String.valueOf(version));
        for (String field : List.of(
                "email", "phone", "mobile", "website", "addressLine", "postalCode", "city", "country", "language")) {
            request.param(field, values.getOrDefault(field, ""));
        }
        return request;
    }

    static Map<String, String> lambert(String email, String city) {
        return Map.of(
                "email",
                email,
                "phone",
                "04 72 00 00 00",
                "addressLine",
                "3 rue des Lilas",
                "postalCode",
                "69003",
                "city",
                city,
                "country",
                "FR",
                "language",
                "fr");
    }

    ThirdPartyDetails lambert(RelanceUser owner) {
        return thirdParties
                .of(owner)
                .lambert()
                .withPhone("04 72 00 00 00")
                .with("addressLine", "3 rue des Lilas")
                .with("postalCode", "69003")
                .with("country", "FR")
                .with("language", "fr")
                .with("notes", "Wants a <b>quote</b> in spring")
                .tagged("vip")
                .custom("budget_note", "About ten thousand")
                .create();
    }

    // Acme, its budget note defined, and its rep's Lambert record with everything filled in
    TestWorkspace acme;
    RelanceUser rep;
    ThirdPartyDetails d;
    String record;

    @BeforeEach
    void lambertOfARep() {
        acme = workspaces.create("Acme");
        defineBudgetNote(acme.admin());
        rep = acme.rep("Rep");
        d = lambert(rep);
        record = "/thirdparties/" + d.thirdParty().id().value();
    }

    ThirdPartyDetails current(RelanceUser who, ThirdPartyDetails d) {
        return management.get(who, d.thirdParty().id());
    }

    @Test
    void thePencilAnswersTheFormWithTheCurrentFactsAndIsALinkToTheEditPageWithoutJavaScript() throws Exception {

        String page = pageAs(rep, record);
        assertThat(page)
                .contains("id=\"facts\"")
                .contains("id=\"facts-potential\"")
                .containsPattern(
                        "id=\"facts-edit\" href=\"" + record + "/edit\"\\s+hx-get=\"" + record + "/facts/edit\"")
                .contains("About ten thousand");

        String form = answered(as(rep, htmx(get(record + "/facts/edit"))));
        assertThat(form.strip())
                .doesNotContain("<html")
                .startsWith("<div class=\"panel\" id=\"facts\"")
                .contains("hx-post=\"" + record + "/facts\"")
                .contains("name=\"version\" value=\"" + d.thirdParty().version() + "\"")
                .containsPattern("id=\"facts-email\"[^>]*value=\"contact@lambert.test\"")
                .containsPattern("id=\"facts-addressLine\"[^>]*value=\"3 rue des Lilas\"")
                .containsPattern("id=\"facts-city\"[^>]*value=\"Lyon\"")
                .contains("<label for=\"facts-postalCode\" class=\"form-label\">Postal code</label>")
                .contains("value=\"FR\" selected")
                .contains("value=\"fr\" selected")
                // Cancel shows the panel again
                .contains("hx-get=\"" + record + "/facts\"")
                // only the facts: not the name, the notes, the tags
                .doesNotContain("name=\"name\"")
                .doesNotContain("name=\"notes\"")
                .doesNotContain("name=\"tags\"");

        String panel = answered(as(rep, htmx(get(record + "/facts"))));
        assertThat(panel.strip())
                .doesNotContain("<html")
                .startsWith("<div class=\"panel\" id=\"facts\"")
                .contains("contact@lambert.test")
                .contains("id=\"facts-potential\"");

        // without JavaScript: the edit page, and the panel is the page
        as(rep, get(record + "/facts/edit")).andExpect(redirectedUrl(record + "/edit"));
        // the edit page's fields are the same ones, with their own ids, its phones still asking for duplicates
        String edit = pageAs(rep, record + "/edit");
        assertThat(edit)
                .containsPattern("id=\"phone\" name=\"phone\"[^>]*value=\"04 72 00 00 00\"[^>]*"
                        + "hx-get=\"/thirdparties/duplicates\\?excludeId=[^\"]+\"[^>]*hx-target=\"#duplicates\"")
                .containsPattern("id=\"addressLine\" name=\"addressLine\"[^>]*value=\"3 rue des Lilas\"")
                .containsPattern("id=\"website\" name=\"website\"[^>]*>")
                .doesNotContainPattern("id=\"website\"[^>]*hx-get")
                .contains("<label for=\"postalCode\" class=\"form-label\">Postal code</label>")
                .contains("id=\"country\" name=\"country\"")
                .contains("value=\"fr\" selected")
                .doesNotContain("id=\"facts-email\"");
        as(rep, get(record + "/facts")).andExpect(redirectedUrl(record));
    }

    @Test
    void savingAnswersThePanelWithTheNewFactsReloadsTheTimelineAndLeavesEverythingElse() throws Exception {

        String answer = changed(as(
                rep,
                htmx(facts(
                        record,
                        d.thirdParty().version(),
                        lambert("Famille@Lambert.test", "Villeurbanne <b>Est</b>")))));
        assertThat(answer.strip())
                .doesNotContain("<html")
                .startsWith("<div class=\"panel\" id=\"facts\"")
                .contains("famille@lambert.test")
                .contains("Villeurbanne &lt;b&gt;Est&lt;/b&gt;")
                .contains("Third party saved.")
                .doesNotContain("<form")
                // the header's e-mail and call follow, out of band
                .containsPattern("id=\"record-reach\"[^>]*hx-swap-oob=\"true\"")
                .contains("href=\"mailto:famille@lambert.test\"")
                .contains("href=\"tel:+33472000000\"");

        ThirdParty after = current(rep, d).thirdParty();
        assertThat(after.email()).isEqualTo("famille@lambert.test");
        assertThat(after.city()).isEqualTo("Villeurbanne <b>Est</b>");
        assertThat(after.version()).isGreaterThan(d.thirdParty().version());
        // what the form does not hold is as it was
        ThirdPartyDetails now = current(rep, d);
        assertThat(after.name()).isEqualTo("Famille Lambert");
        assertThat(after.notes()).isEqualTo(d.thirdParty().notes());
        assertThat(after.status()).isEqualTo(d.thirdParty().status());
        assertThat(after.potential()).isEqualTo(d.thirdParty().potential());
        assertThat(now.tags()).extracting(Tag::name).containsExactly("vip");
        assertThat(now.customFields()).containsEntry("budget_note", "About ten thousand");

        String changes = body(mvc.perform(
                get("/api/v1" + record + "/history?kind=changes&limit=50").with(user(rep))));
        List<String> fields = JsonPath.read(changes, "$.items[?(@.kind == 'party.field-changed')].changes[*].field");
        assertThat(fields).contains("email", "city").doesNotContain("name", "notes", "tags", "phone");
        List<String> cityAfter = JsonPath.read(
                changes, "$.items[?(@.kind == 'party.field-changed')].changes[?(@.field == 'city')].after");
        assertThat(cityAfter).containsExactly("Villeurbanne <b>Est</b>");

        // a blank field is cleared
        as(rep, htmx(facts(record, after.version(), Map.of("city", "Lyon", "country", "FR"))))
                .andExpect(status().isOk());
        ThirdParty cleared = current(rep, d).thirdParty();
        assertThat(cleared.email()).isNull();
        assertThat(cleared.phone()).isNull();
        assertThat(cleared.city()).isEqualTo("Lyon");
        assertThat(cleared.name()).isEqualTo("Famille Lambert");

        // without JavaScript: post, redirect, the page again
        as(rep, facts(record, cleared.version(), lambert("plain@lambert.test", "Lyon")))
                .andExpect(redirectedUrl(record));
        assertThat(current(rep, d).thirdParty().email()).isEqualTo("plain@lambert.test");
    }

    @Test
    void invalidFactsAnswerTheFormWithTheErrorsBesideTheFieldsAsTypedAndWriteNothing() throws Exception {
        long version = d.thirdParty().version();

        Map<String, String> typed = new HashMap<>(lambert("not <an> e-mail", "Lyon"));
        typed.put("mobile", "12");
        typed.put("postalCode", "9".repeat(21));
        String answer = refused(as(rep, htmx(facts(record, version, typed))));
        assertThat(answer.strip())
                .doesNotContain("<html")
                .startsWith("<div class=\"panel\" id=\"facts\"")
                .contains("id=\"facts-email-error\"")
                .contains("Not a valid e-mail address.")
                .contains("aria-describedby=\"facts-email-error\"")
                .contains("value=\"not &lt;an&gt; e-mail\"")
                .contains("id=\"facts-mobile-error\"")
                .contains("Not a valid phone number for this country.")
                .contains("value=\"12\"")
                .contains("id=\"facts-postalCode-error\"")
                .contains("At most 20 characters.")
                .contains("name=\"version\" value=\"" + version + "\"")
                .doesNotContain("role=\"alert\"");

        ThirdParty after = current(rep, d).thirdParty();
        assertThat(after.version()).isEqualTo(version);
        assertThat(after.email()).isEqualTo("contact@lambert.test");
        assertThat(after.mobile()).isNull();
        List<String> kinds = JsonPath.read(
                body(mvc.perform(
                        get("/api/v1" + record + "/history?kind=changes").with(user(rep)))),
                "$.items[*].kind");
        assertThat(kinds).doesNotContain("party.field-changed");
    }

    @Test
    void aStaleVersionAnswersTheFormWithTheConflictAndWritesNothing() throws Exception {
        long read = d.thirdParty().version();
        // someone else changes the record meanwhile
        ThirdPartyDetails meanwhile = management.update(
                rep, d.thirdParty().id(), ThirdPartyChanges.parse(Map.of("version", read, "city", "Bron"), "FR"));

        String answer = refused(as(rep, htmx(facts(record, read, lambert("mine@lambert.test", "Lyon")))));
        assertThat(answer.strip())
                .startsWith("<div class=\"panel\" id=\"facts\"")
                .contains("role=\"alert\"")
                .contains("This record was changed by someone else. Reload it and try again.")
                .contains("value=\"mine@lambert.test\"")
                // saving again, knowingly, is checked against the version now stored
                .contains("name=\"version\" value=\"" + meanwhile.thirdParty().version() + "\"");
        ThirdParty after = current(rep, d).thirdParty();
        assertThat(after.email()).isEqualTo("contact@lambert.test");
        assertThat(after.city()).isEqualTo("Bron");
    }

    @Test
    void nobodyElsesRecordInPlaceOrNot() throws Exception {
        long version = d.thirdParty().version();

        for (RelanceUser stranger :
                List.of(acme.rep("Other"), workspaces.create("Globex").admin())) {
            as(stranger, htmx(get(record + "/facts/edit"))).andExpect(status().isNotFound());
            as(stranger, get(record + "/facts/edit")).andExpect(status().isNotFound());
            as(stranger, htmx(get(record + "/facts"))).andExpect(status().isNotFound());
            as(stranger, htmx(facts(record, version, lambert("forged@evil.test", "Lyon"))))
                    .andExpect(status().isNotFound());
            as(stranger, htmx(facts(record, version, lambert("not an e-mail", "Lyon"))))
                    .andExpect(status().isNotFound());
            as(stranger, facts(record, version, lambert("forged@evil.test", "Lyon")))
                    .andExpect(status().isNotFound());
        }
        ThirdParty after = current(rep, d).thirdParty();
        assertThat(after.email()).isEqualTo("contact@lambert.test");
        assertThat(after.version()).isEqualTo(version);
    }

    void defineBudgetNote(RelanceUser admin) {
        customFieldManagement.defineCustomField(
                admin,
                new CustomFieldForm("budget_note", "Budget note", CustomFieldType.TEXT, List.of(), false, 1, null));
    }
}

package io.relance.party.web.list;

import static io.relance.workspace.WorkspaceFixture.speaking;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.party.PageTest;
import io.relance.party.core.ThirdPartyDetails;
import io.relance.party.search.SegmentManagement;
import io.relance.shared.RelanceUser;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the list renders for its selection and its cards (issue 9): the bulk bar hidden until a row is ticked, a
 * select-all box and a live count, each row's card with its call link; the trash offers only the restore, and the
 * server changes no deleted record in bulk nor keeps the trash as a segment.
 */
class ListSelectionAndTrashIntegrationTests extends PageTest {

    @Autowired
    SegmentManagement segments;

    @Test
    void theBulkBarIsHiddenUntilARowIsTickedWithASelectAllBoxAndALiveCount() throws Exception {
        RelanceUser rep = workspaces.create("Acme").rep("Zoé Rep");
        thirdParties.of(rep).named("Dupont SARL").create();
        String page = pageAs(rep, "/thirdparties");

        String bar = tag(page, "form", "bulk-form");
        assertThat(bar).contains(" hidden").contains("aria-label=\"Actions on the selected third parties\"");
        assertThat(bar).contains("data-selected-one=\"{0} selected\"").contains("data-selected-other=\"{0} selected\"");
        assertThat(page).contains("id=\"bulk-count\"").contains("id=\"bulk-clear\"");
        assertThat(tag(page, "p", "bulk-live")).contains("aria-live=\"polite\"").contains("role=\"status\"");
        assertThat(tag(page, "input", "select-all")).contains("type=\"checkbox\"");
        assertThat(page).contains("<label class=\"select-all-text\" for=\"select-all\">Select all shown</label>");
        assertThat(page).doesNotContain("Selected rows:");
        // the bulk actions are still all there
        assertThat(page)
                .contains("id=\"bulk-status\"", "id=\"bulk-potential\"", "id=\"bulk-tag\"", "id=\"bulk-apply\"");
        assertThat(page).contains("/js/list.js");
    }

    @Test
    void theCountIsWordedInEachLanguageWithItsPluralForms() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser rep = acme.rep("Zoé Rep");
        thirdParties.of(rep).named("Dupont SARL").create();
        assertThat(tag(pageAs(speaking(rep, "fr"), "/thirdparties"), "form", "bulk-form"))
                .contains("data-selected-one=\"{0} sélectionné\"", "data-selected-other=\"{0} sélectionnés\"");
        assertThat(tag(pageAs(speaking(rep, "es"), "/thirdparties"), "form", "bulk-form"))
                .contains("data-selected-one=\"{0} seleccionado\"", "data-selected-other=\"{0} seleccionados\"");
        assertThat(tag(pageAs(speaking(rep, "de"), "/thirdparties"), "form", "bulk-form"))
                .contains("data-selected-one=\"{0} ausgewählt\"", "data-selected-other=\"{0} ausgewählt\"");
    }

    @Test
    void eachRowCarriesItsCardWithTheLastActivityAndACallLinkWhenItHasAPhone() throws Exception {
        RelanceUser rep = workspaces.create("Acme").rep("Zoé Rep");
        String withPhone = id(thirdParties
                .of(rep)
                .named("Famille Lambert")
                .withPhone("06 12 34 56 78")
                .create());
        String without = id(thirdParties.of(rep).named("Sans Téléphone").create());
        String page = pageAs(rep, "/thirdparties");

        String card = card(page, withPhone);
        assertThat(card)
                .contains("href=\"tel:+33612345678\"")
                .contains("aria-label=\"Call Famille Lambert\"")
                .contains("Changed ");
        assertThat(card(page, without)).doesNotContain("tel:").contains("Changed ");
        // the status column is shown: the card does not repeat it
        assertThat(card).doesNotContain("Never contacted");
        // the next page ("More", htmx) brings its rows with their cards
        String rows = body(mvc.perform(htmx(get("/thirdparties/rows")).with(user(rep))));
        assertThat(card(rows, withPhone)).contains("href=\"tel:+33612345678\"");
        // a row changed in place (htmx) comes back with its card and its box
        String row = body(as(rep, form(htmx(post("/thirdparties/" + withPhone + "/status")), "status=CONTACTED")));
        assertThat(row).contains("class=\"cell-select\"").contains("href=\"tel:+33612345678\"");
    }

    @Test
    void theCardShowsTheStatusWhenItsColumnIsNotShown() throws Exception {
        RelanceUser rep = workspaces.create("Acme").rep("Zoé Rep");
        String id = id(thirdParties.of(rep).named("Dupont SARL").create());
        as(rep, post("/thirdparties/columns").param("columns", "name", "city")).andExpect(status().is3xxRedirection());
        assertThat(card(pageAs(rep, "/thirdparties"), id)).contains("Never contacted");
    }

    @Test
    void theTrashOffersOnlyTheRestoreNoSegmentNorBulkChange() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser admin = acme.admin();
        String kept = id(thirdParties.of(admin).named("Kept").create());
        String gone = id(
                thirdParties.of(admin).named("Gone").withPhone("06 12 34 56 78").create());
        as(admin, post("/thirdparties/" + gone + "/delete")).andExpect(status().is3xxRedirection());

        String trash = pageAs(admin, "/thirdparties?deleted=true");
        assertThat(trash).contains("Gone").contains("/thirdparties/" + gone + "/restore");
        assertThat(trash)
                .doesNotContain("id=\"bulk-form\"")
                .doesNotContain("name=\"ids\"")
                .doesNotContain("id=\"select-all\"")
                .doesNotContain("/thirdparties/segments\"")
                .doesNotContain("Save as segment")
                .doesNotContain("status-select")
                .doesNotContain("tel:");
        // the ordinary list still offers both (a segment once filtered)
        String list = pageAs(admin, "/thirdparties?q=e");
        assertThat(list)
                .contains("id=\"bulk-form\"")
                .contains("Save as segment")
                .doesNotContain("Gone");

        // the server changes no deleted record in bulk, whatever the change
        as(
                        admin,
                        form(
                                post("/thirdparties/bulk"),
                                "ids=" + gone,
                                "status=CONTACTED",
                                "potential=high",
                                "ownerId="
                                        + acme.rep("Bob Other").userId().value().toString(),
                                "addTag=vip",
                                "back=deleted=true"))
                .andExpect(redirectedUrl("/thirdparties?deleted=true"))
                .andExpect(flash().attributeExists("flash"));
        String after = pageAs(admin, "/thirdparties?deleted=true");
        String row = row(after, gone);
        assertThat(row).contains("Never contacted").doesNotContain("Contacted<").doesNotContain("vip");
        assertThat(row).doesNotContain("Bob Other");
        // a live one in the same selection is changed
        as(admin, post("/thirdparties/bulk").param("ids", gone, kept).param("status", "CONTACTED"))
                .andExpect(redirectedUrl("/thirdparties"));
        assertThat(row(pageAs(admin, "/thirdparties?status=CONTACTED"), kept)).isNotEmpty();
        assertThat(row(pageAs(admin, "/thirdparties?deleted=true"), gone)).contains("Never contacted");

        // nor keeps the trash as a segment
        as(admin, form(post("/thirdparties/segments"), "name=Bin", "query=deleted=true&q=Go"))
                .andExpect(redirectedUrl("/thirdparties?deleted=true"))
                .andExpect(flash().attributeExists("flash"));
        assertThat(segments.segments(admin)).isEmpty();
    }

    // --- helpers ---

    private static String id(ThirdPartyDetails d) {
        return d.thirdParty().id().value().toString();
    }

    /** The opening tag of the element with this id. */
    private static String tag(String html, String name, String id) {
        Matcher m = Pattern.compile("<" + name + "\\b[^>]*\\bid=\"" + id + "\"[^>]*>")
                .matcher(html);
        assertThat(m.find()).as("<%s id=%s> in the page", name, id).isTrue();
        return m.group();
    }

    /** The row of this third party, from its opening tag to its end. */
    private static String row(String html, String id) {
        int start = html.indexOf("id=\"row-" + id + "\"");
        assertThat(start).as("the row of %s", id).isNotNegative();
        return html.substring(start, html.indexOf("</tr>", start));
    }

    /** The card cell of this third party's row. */
    private static String card(String html, String id) {
        String row = row(html, id);
        int start = row.indexOf("class=\"cell-card\"");
        assertThat(start).as("the card of %s", id).isNotNegative();
        return row.substring(start, row.indexOf("</td>", start));
    }
}

package io.relance.party.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.party.PageTest;
import io.relance.party.core.ThirdPartyDetails;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.Flash;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The third-party list shows the columns each user picked, in his order, kept per user: through the API
 * ({@code /api/v1/preferences/lists/thirdparties}) and the list's "Columns" form.
 */
class ListColumnsIntegrationTests extends PageTest {

    static final String PATH = "/api/v1/preferences/lists/thirdparties";

    @Test
    void withNothingChosenTheListShowsTheDefaultColumnsAndEveryCustomField() throws Exception {
        var acme = workspaces.create("Acme");
        defineBudget(acme.admin());
        RelanceUser rep = acme.rep("Rep");
        dupont(rep);
        thirdParties.of(rep).named("Big spender").custom("budget", "1500").create();

        mvc.perform(get(PATH).with(user(rep)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.columns").value(contains(withBudget(ListColumns.DEFAULT_BUILT_IN))))
                .andExpect(jsonPath("$.available[*].key").value(contains(withBudget(ListColumns.BUILT_IN))))
                .andExpect(jsonPath("$.available[7].label").value("E-mail"))
                .andExpect(jsonPath("$.available[12].label").value("Budget"));

        String page = pageAs(rep, "/thirdparties");
        assertThat(headers(page))
                .containsExactly("Code", "Name", "Status", "Potential", "Owner", "City", "Tags", "Changed", "Budget");
        assertThat(page).contains("Villeurbanne", "€1,500.00").doesNotContain("contact@dupont.test");
    }

    @Test
    void columnsChosenThroughTheApiAreWhatTheListRowsAndTheRowSwapShow() throws Exception {
        RelanceUser rep = workspaces.rep();
        String id = dupont(rep).thirdParty().id().value().toString();

        putColumns(rep, "[\"name\", \"email\", \"code\"]")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.columns").value(contains("name", "email", "code")));
        mvc.perform(get(PATH).with(user(rep)))
                .andExpect(jsonPath("$.columns").value(contains("name", "email", "code")));

        String page = pageAs(rep, "/thirdparties");
        assertThat(headers(page)).containsExactly("Name", "E-mail", "Code");
        assertThat(page)
                .contains("mailto:contact@dupont.test")
                .doesNotContain("Villeurbanne")
                .doesNotContain("status-select");
        // the next page's rows (htmx "load more") and the row a one-click change swaps in have the same cells
        String rows = pageAs(rep, "/thirdparties/rows");
        assertThat(rows).contains("contact@dupont.test").doesNotContain("Villeurbanne");
        String row = body(as(
                        rep,
                        post("/thirdparties/" + id + "/potential")
                                .header("HX-Request", "true")
                                .param("potential", "high"))
                .andExpect(status().isOk()));
        assertThat(row).contains("contact@dupont.test").doesNotContain("Villeurbanne");
        assertThat(count(row, "<td")).isEqualTo(5); // the selection box, three columns and the card (a phone's)

        // a sortable column still sorts
        assertThat(pageAs(rep, "/thirdparties?sort=email"))
                .contains("aria-sort=\"ascending\"")
                .contains("href=\"/thirdparties?sort=-email\"");
    }

    @Test
    void columnsChosenInTheListFormChangeTheListAndKeepItsFilters() throws Exception {
        RelanceUser rep = workspaces.rep();
        dupont(rep);
        assertThat(pageAs(rep, "/thirdparties")).contains("id=\"columns-form\"");

        as(
                        rep,
                        post("/thirdparties/columns")
                                .param("columns", "code", "name", "email", "phone")
                                .param("back", "q=dupont&sort=-name"))
                .andExpect(redirectedUrl("/thirdparties?q=dupont&sort=-name"))
                .andExpect(flash().attribute("flash", Flash.success("thirdparty.columns.saved")));
        String page = pageAs(rep, "/thirdparties?q=dupont&sort=-name");
        assertThat(headers(page)).containsExactly("Code", "Name", "E-mail", "Phone");
        assertThat(page).contains("contact@dupont.test", "tel:+33478123456").doesNotContain("Villeurbanne");

        // the arrows move a column one place; its neighbours keep theirs
        as(
                        rep,
                        post("/thirdparties/columns")
                                .param("columns", "code", "name", "email", "phone")
                                .param("move", "up:phone"))
                .andExpect(redirectedUrl("/thirdparties"))
                .andExpect(flash().attribute("columnsOpen", true));
        mvc.perform(get(PATH).with(user(rep)))
                .andExpect(jsonPath("$.columns").value(contains("code", "name", "phone", "email")));
        assertThat(headers(pageAs(rep, "/thirdparties"))).containsExactly("Code", "Name", "Phone", "E-mail");

        // a tampered form: the name kept out and an unknown column, said in the form; nothing changes
        as(rep, post("/thirdparties/columns").param("columns", "email", "salary"))
                .andExpect(redirectedUrl("/thirdparties"))
                .andExpect(flash().attribute(
                                "columnsErrors",
                                List.of("Unknown column: salary.", "The name column is always shown.")));
        mvc.perform(get(PATH).with(user(rep)))
                .andExpect(jsonPath("$.columns").value(contains("code", "name", "phone", "email")));

        // a segment's list comes back as that segment
        String segment = as(rep, form(post("/thirdparties/segments"), "name=Villeurbanne", "query=city=Villeurbanne"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String segmentQuery = segment.substring(segment.indexOf('?') + 1);
        assertThat(pageAs(rep, segment)).contains("name=\"back\" value=\"" + segmentQuery + "\"");

        as(rep, form(post("/thirdparties/columns"), "reset=true", "back=tag=vip"))
                .andExpect(redirectedUrl("/thirdparties?tag=vip"));
        mvc.perform(get(PATH).with(user(rep)))
                .andExpect(jsonPath("$.columns[5]").value("city"));
        assertThat(pageAs(rep, "/thirdparties")).contains("Villeurbanne");
    }

    @Test
    void theNameCannotBeRemoved() throws Exception {
        RelanceUser rep = workspaces.rep();
        putColumns(rep, "[\"code\", \"email\"]")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("columns"))
                .andExpect(jsonPath("$.errors[0].message").value("The name column is always shown."));
        mvc.perform(put(PATH)
                        .with(user(rep))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("columns"));
        mvc.perform(get(PATH).with(user(rep)))
                .andExpect(jsonPath("$.columns[1]").value("name"));
        // the form shows it ticked and greyed, and posts it anyway
        assertThat(pageAs(rep, "/thirdparties"))
                .contains("<input type=\"hidden\" name=\"columns\" value=\"name\">")
                .contains("checked disabled");
    }

    @Test
    void anUnknownColumnIsAFieldErrorAndChangesNothing() throws Exception {
        RelanceUser rep = workspaces.rep();
        putColumns(rep, "[\"name\", \"city\"]").andExpect(status().isOk());
        putColumns(rep, "[\"name\", \"salary\", \"cf.nope\"]")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field").value(everyItem(is("columns"))))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem("Unknown column: salary.")))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem("Unknown column: cf.nope.")));
        mvc.perform(get(PATH).with(user(rep))).andExpect(jsonPath("$.columns").value(contains("name", "city")));
    }

    @Test
    void eachUserHasHisOwnColumnsAndAnotherWorkspaceItsOwnDefaults() throws Exception {
        var acme = workspaces.create("Acme");
        defineBudget(acme.admin());
        RelanceUser alice = acme.rep("Alice");
        RelanceUser bob = acme.rep("Bob");
        dupont(bob);
        putColumns(alice, "[\"name\", \"email\"]").andExpect(status().isOk());

        mvc.perform(get(PATH).with(user(bob)))
                .andExpect(jsonPath("$.columns[5]").value("city"));
        assertThat(pageAs(bob, "/thirdparties")).contains("Villeurbanne").doesNotContain("contact@dupont.test");
        mvc.perform(get(PATH).with(user(acme.admin())))
                .andExpect(jsonPath("$.columns[5]").value("city"));

        var other = workspaces.create("Other");
        mvc.perform(get(PATH).with(user(other.admin())))
                .andExpect(jsonPath("$.columns")
                        .value(contains("code", "name", "status", "potential", "owner", "city", "tags", "updatedAt")))
                .andExpect(jsonPath("$.available[*].key").value(not(hasItem("cf.budget"))));
        putColumns(other.admin(), "[\"name\", \"cf.budget\"]")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Unknown column: cf.budget."));
        mvc.perform(get(PATH).with(user(alice))).andExpect(jsonPath("$.columns").value(contains("name", "email")));
    }

    @Test
    void onlyTheSignedInUserHasColumns() throws Exception {
        mvc.perform(get(PATH))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(put(PATH).contentType(MediaType.APPLICATION_JSON).content("{\"columns\": [\"name\"]}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/thirdparties/columns").with(csrf()).param("columns", "name"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void aDeletedCustomFieldLeavesTheChosenColumnsQuietly() throws Exception {
        var acme = workspaces.create("Acme");
        String budget = defineBudget(acme.admin());
        RelanceUser rep = acme.rep("Rep");
        dupont(rep);
        putColumns(rep, "[\"name\", \"cf.budget\", \"email\"]").andExpect(status().isOk());
        assertThat(headers(pageAs(rep, "/thirdparties"))).containsExactly("Name", "Budget", "E-mail");

        mvc.perform(delete("/api/v1/custom-fields/" + budget).with(user(acme.admin())))
                .andExpect(status().isNoContent());

        mvc.perform(get(PATH).with(user(rep)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.columns").value(contains("name", "email")))
                .andExpect(jsonPath("$.available[*].key").value(not(hasItem("cf.budget"))));
        String page = pageAs(rep, "/thirdparties");
        assertThat(headers(page)).containsExactly("Name", "E-mail");
        assertThat(page).contains("contact@dupont.test");
    }

    @Test
    void theTrashRestoresWhateverTheColumns() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser admin = acme.admin();
        String id = dupont(admin).thirdParty().id().value().toString();
        as(admin, post("/thirdparties/" + id + "/delete"));
        putColumns(admin, "[\"name\"]").andExpect(status().isOk());
        assertThat(pageAs(admin, "/thirdparties?deleted=true"))
                .contains("Dupont SARL")
                .contains("/thirdparties/" + id + "/restore");
        putColumns(admin, "[\"name\", \"status\", \"potential\"]").andExpect(status().isOk());
        String page = pageAs(admin, "/thirdparties?deleted=true");
        String row = page.substring(page.indexOf("id=\"row-" + id + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row)
                .contains("Never contacted", "None", "/thirdparties/" + id + "/restore")
                .doesNotContain("status-select");
    }

    // --- helpers ---

    private ThirdPartyDetails dupont(RelanceUser owner) {
        return thirdParties
                .of(owner)
                .named("Dupont SARL")
                .withEmail("contact@dupont.test")
                .withPhone("04 78 12 34 56")
                .in("Villeurbanne")
                .create();
    }

    private String defineBudget(RelanceUser admin) throws Exception {
        String id = JsonPath.read(
                body(mvc.perform(post("/api/v1/custom-fields")
                                .with(user(admin))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"key\":\"budget\",\"label\":\"Budget\",\"type\":\"AMOUNT\"}"))
                        .andExpect(status().isCreated())),
                "$.id");
        return id;
    }

    private ResultActions putColumns(RelanceUser who, String columns) throws Exception {
        return mvc.perform(put(PATH)
                .with(user(who))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"columns\": " + columns + "}"));
    }

    /** The list's column headers, in order (the selection column has no text). */
    private static List<String> headers(String page) {
        int start = page.indexOf("<thead>");
        assertThat(start).as("the list has a table").isNotNegative();
        String head = page.substring(start, page.indexOf("</thead>", start));
        List<String> headers = new ArrayList<>();
        Matcher th = Pattern.compile("<th\\b[^>]*>(.*?)</th>", Pattern.DOTALL).matcher(head);
        while (th.find()) {
            String text = th.group(1)
                    .replaceAll("(?s)<span class=\"visually-hidden\".*?</span>", "")
                    .replaceAll("(?s)<label class=\"select-all-text\".*?</label>", "")
                    .replaceAll("<[^>]*>", "")
                    .strip();
            if (!text.isEmpty()) {
                headers.add(text);
            }
        }
        return headers;
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }

    /** The given built-in columns, then the workspace's one custom field. */
    private static String[] withBudget(List<String> builtIn) {
        return Stream.concat(builtIn.stream(), Stream.of("cf.budget")).toArray(String[]::new);
    }
}

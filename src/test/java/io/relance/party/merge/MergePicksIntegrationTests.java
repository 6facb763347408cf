package io.relance.party.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.party.PageTest;
import io.relance.party.ProspectStatus;
import io.relance.party.core.ThirdPartyDetails;
import io.relance.shared.RelanceUser;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The merge field by field: the picks applied exactly (API and page), the survivor swapped, both versions checked,
 * the known duplicates offered, values shown formatted, and the rules of access (404 across workspaces, 403 for a
 * record only lent).
 */
class MergePicksIntegrationTests extends PageTest {

    private static final String API = "/api/v1/thirdparties/";

    private void budget(RelanceUser admin) throws Exception {
        defineField(admin, "{\"key\":\"budget\",\"label\":\"Budget\",\"type\":\"AMOUNT\"}");
    }

    private ThirdPartyDetails lambert(RelanceUser owner) {
        return thirdParties
                .of(owner)
                .named("Lambert")
                .withEmail("kept@test.fr")
                .with("language", "fr")
                .with("country", "FR")
                .status(ProspectStatus.CONTACTED)
                .custom("budget", "12500")
                .create();
    }

    private ThirdPartyDetails lambertSarl(RelanceUser owner) {
        return thirdParties
                .of(owner)
                .named("Lambert SARL")
                .withEmail("lost@test.fr")
                .withPhone("06 12 34 56 78")
                .with("language", "de")
                .in("Lyon")
                .custom("budget", "9000")
                .create();
    }

    /** The merge page's form as posted: the duplicate, both versions as read, a pick per field (survivor, duplicate). */
    ResultActions mergeForm(
            RelanceUser who,
            ThirdPartyDetails survivor,
            ThirdPartyDetails duplicate,
            long survivorVersion,
            long duplicateVersion,
            Map<String, String> picks)
            throws Exception {
        MockHttpServletRequestBuilder form = form(
                post("/thirdparties/" + survivor.thirdParty().id() + "/merge"),
                "duplicateId=" + duplicate.thirdParty().id().toString(),
                "survivorVersion=" + String.valueOf(survivorVersion),
                "duplicateVersion=" + String.valueOf(duplicateVersion));
        picks.forEach((field, side) -> form.param("pick." + field, side));
        return as(who, form);
    }

    /** The record as the API shows it to this user. */
    ResultActions read(RelanceUser who, ThirdPartyDetails d) throws Exception {
        return mvc.perform(get(API + d.thirdParty().id()).with(user(who)));
    }

    @Test
    void theApiAppliesExactlyThePicksAndTheDefaultsElsewhere() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser rep = acme.rep("Rep");
        budget(acme.admin());
        ThirdPartyDetails s = lambert(rep);
        ThirdPartyDetails d = lambertSarl(rep);
        String survivor = API + s.thirdParty().id();

        send(
                        rep,
                        post(survivor + "/merge"),
                        "{\"duplicateId\":\"" + d.thirdParty().id() + "\",\"survivorVersion\":0,\"duplicateVersion\":0,"
                                + "\"picks\":{\"email\":\"DUPLICATE\",\"phone\":\"survivor\",\"status\":\"DUPLICATE\","
                                + "\"customFields.budget\":\"DUPLICATE\",\"language\":\"SURVIVOR\"}}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(s.thirdParty().id().toString()))
                .andExpect(jsonPath("$.code").value(s.thirdParty().code()))
                .andExpect(jsonPath("$.name").value("Lambert"))
                .andExpect(jsonPath("$.email").value("lost@test.fr"))
                // picked: the survivor's own empty phone, although the duplicate has one
                .andExpect(jsonPath("$.phone").doesNotExist())
                .andExpect(jsonPath("$.language").value("fr"))
                .andExpect(jsonPath("$.status").value("NEVER_CONTACTED"))
                .andExpect(jsonPath("$.customFields.budget").value(9000))
                // not picked: empty on the survivor, so the duplicate's
                .andExpect(jsonPath("$.city").value("Lyon"))
                .andExpect(jsonPath("$.codeAliases", hasItem(d.thirdParty().code())));
        mvc.perform(get(survivor + "/history?kind=changes").with(user(rep)))
                .andExpect(jsonPath("$.items[0].kind").value("party.merged"))
                .andExpect(jsonPath("$.items[0].changes[?(@.field == 'email')].after")
                        .value("lost@test.fr"))
                .andExpect(jsonPath("$.items[0].changes[?(@.field == 'customFields.budget')].after")
                        .value("9000"))
                .andExpect(jsonPath("$.items[0].snapshot.customFields.budget").value(9000));
        read(rep, d).andExpect(status().isNotFound());
    }

    @Test
    void theOpenApiDescriptionTellsThePicksAndVersions() throws Exception {
        String json = body(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()));
        String body = com.jayway.jsonpath.JsonPath.read(
                json,
                "$.paths['/api/v1/thirdparties/{id}/merge'].post.requestBody.content['application/json'].schema.$ref");
        String schema = body.substring(body.lastIndexOf('/') + 1);
        java.util.Map<String, Object> properties =
                com.jayway.jsonpath.JsonPath.read(json, "$.components.schemas." + schema + ".properties");
        assertThat(properties).containsKeys("duplicateId", "survivorVersion", "duplicateVersion", "picks");
        assertThat(properties.get("picks").toString()).contains("SURVIVOR", "DUPLICATE", "customFields.<key>");
    }

    @Test
    void badPicksAndStaleVersionsMergeNothing() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser rep = acme.rep("Rep");
        budget(acme.admin());
        ThirdPartyDetails s = lambert(rep);
        ThirdPartyDetails d = lambertSarl(rep);
        String merge = API + s.thirdParty().id() + "/merge";
        String dup = "{\"duplicateId\":\"" + d.thirdParty().id() + "\"";

        send(rep, post(merge), dup + ",\"picks\":{\"shoeSize\":\"DUPLICATE\",\"customFields.nope\":\"SURVIVOR\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath(
                        "$.errors[*].field",
                        org.hamcrest.Matchers.containsInAnyOrder("picks.customFields.nope", "picks.shoeSize")));
        sendRefused(rep, post(merge), dup + ",\"picks\":{\"email\":\"BOTH\"}}", "picks.email");
        send(rep, post(merge), dup + ",\"survivorVersion\":0,\"duplicateVersion\":7}")
                .andExpect(status().isConflict());
        send(rep, post(merge), dup + ",\"survivorVersion\":3,\"duplicateVersion\":0}")
                .andExpect(status().isConflict());
        // the page: told, nothing merged, shown the page again
        mergeForm(rep, s, d, 0, 5, Map.of("email", "duplicate"))
                .andExpect(redirectedUrl("/thirdparties/" + s.thirdParty().id() + "/merge?duplicate="
                        + d.thirdParty().id()))
                .andExpect(flash().attributeExists("flash"));
        read(rep, d).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(0));
        read(rep, s)
                .andExpect(jsonPath("$.email").value("kept@test.fr"))
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void thePageOffersTheKnownDuplicatesShowsFormattedValuesAndMergesThePicks() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser rep = acme.rep("Rep");
        RelanceUser other = acme.rep("Other");
        budget(acme.admin());
        ThirdPartyDetails s = thirdParties
                .of(rep)
                .named("Lambert")
                .withEmail("kept@test.fr")
                .withPhone("06 12 34 56 78")
                .with("language", "fr")
                .with("country", "FR")
                .custom("budget", "12500")
                .create();
        ThirdPartyDetails d = lambertSarl(rep);
        // the same phone, but another rep's: he may not see it, so it is not offered
        thirdParties
                .of(other)
                .named("Hidden twin")
                .withPhone("+33 6 12 34 56 78")
                .create();
        String page = "/thirdparties/" + s.thirdParty().id() + "/merge";

        String offered = body(
                mvc.perform(get(page).with(user(rep)).locale(Locale.ENGLISH)).andExpect(status().isOk()));
        assertThat(offered)
                .contains("id=\"merge-offered\"", "Lambert SARL", "same phone")
                .contains("href=\"" + page + "?duplicate=" + d.thirdParty().id() + "\"")
                .doesNotContain("Hidden twin")
                .doesNotContain("id=\"merge-submit\"");

        String picked = body(mvc.perform(get(page)
                        .param("duplicate", d.thirdParty().id().toString())
                        .with(user(rep))
                        .locale(Locale.ENGLISH))
                .andExpect(status().isOk()));
        assertThat(picked)
                // the box shows the pick by name and code, the id travels hidden
                .contains("value=\"Lambert SARL (" + d.thirdParty().code() + ")\"")
                .contains("type=\"hidden\" name=\"duplicate\" value=\""
                        + d.thirdParty().id() + "\"")
                .doesNotContain("name=\"q\" value=\"" + d.thirdParty().id())
                // formatted as the record page shows them
                .contains("€12,500.00", "€9,000.00", "French", "German", "France", "Never contacted", "Budget")
                .doesNotContain(">12500<", ">fr<", ">FR<")
                // a choice per differing field, the survivor's value first unless empty
                .contains("name=\"pick.email\"", "name=\"pick.customFields.budget\"", "name=\"pick.city\"")
                .doesNotContain("name=\"pick.status\"")
                .contains("id=\"pick-city-duplicate\" checked")
                .contains("id=\"pick-email-survivor\" checked")
                // swap: the other one's merge page, with this one as the duplicate
                .contains("href=\"/thirdparties/" + d.thirdParty().id() + "/merge?duplicate="
                        + s.thirdParty().id() + "\"");

        Map<String, String> picks = Map.of(
                "name",
                "duplicate",
                "email",
                "survivor",
                "city",
                "survivor",
                "language",
                "duplicate",
                "customFields.budget",
                "duplicate");
        mergeForm(rep, s, d, 0, 0, picks)
                .andExpect(redirectedUrl("/thirdparties/" + s.thirdParty().id()));
        read(rep, s)
                .andExpect(jsonPath("$.name").value("Lambert SARL"))
                .andExpect(jsonPath("$.email").value("kept@test.fr"))
                .andExpect(jsonPath("$.city").doesNotExist())
                .andExpect(jsonPath("$.language").value("de"))
                .andExpect(jsonPath("$.customFields.budget").value(9000));
    }

    @Test
    void theSwappedPageMergesTheOtherWay() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser rep = acme.rep("Rep");
        budget(acme.admin());
        ThirdPartyDetails s = lambert(rep);
        ThirdPartyDetails d = lambertSarl(rep);
        mergeForm(rep, d, s, 0, 0, Map.of())
                .andExpect(redirectedUrl("/thirdparties/" + d.thirdParty().id()));
        read(rep, d)
                .andExpect(jsonPath("$.code").value(d.thirdParty().code()))
                .andExpect(jsonPath("$.name").value("Lambert SARL"))
                .andExpect(jsonPath("$.email").value("lost@test.fr"))
                .andExpect(jsonPath("$.customFields.budget").value(9000));
        read(rep, s).andExpect(status().isNotFound());
    }

    @Test
    void anotherWorkspacesRecordIsNotFoundAndALentOneIsForbidden() throws Exception {
        var acme = workspaces.create("Acme");
        var globex = workspaces.create("Globex");
        RelanceUser alice = acme.rep("Alice");
        RelanceUser bob = acme.rep("Bob");
        RelanceUser stranger = globex.admin();
        ThirdPartyDetails mine = thirdParties
                .of(alice)
                .named("Dupont")
                .withPhone("06 11 22 33 44")
                .create();
        ThirdPartyDetails lent = thirdParties
                .of(alice)
                .named("Dupont SA")
                .withPhone("06 11 22 33 44")
                .create();
        ThirdPartyDetails bobs = thirdParties
                .of(bob)
                .named("Dupont et fils")
                .withPhone("06 11 22 33 44")
                .create();
        ThirdPartyDetails theirs = thirdParties
                .of(stranger)
                .named("Dupont")
                .withPhone("06 11 22 33 44")
                .create();
        String lentId = lent.thirdParty().id().toString();
        send(
                        acme.manager("Maud"),
                        post(API + lentId + "/exceptions"),
                        "{\"userId\":\"" + bob.userId()
                                + "\",\"endsAt\":\"2999-01-01T00:00:00Z\",\"reason\":\"holiday\"}")
                .andExpect(status().isCreated());

        // another workspace: its record is 404 as the survivor, invisible as the duplicate, never offered
        mvc.perform(get("/thirdparties/" + mine.thirdParty().id() + "/merge").with(user(stranger)))
                .andExpect(status().isNotFound());
        as(
                        stranger,
                        form(
                                post("/thirdparties/" + theirs.thirdParty().id() + "/merge"),
                                "duplicateId=" + mine.thirdParty().id().toString()))
                .andExpect(status().isNotFound());
        send(
                        stranger,
                        post(API + theirs.thirdParty().id() + "/merge"),
                        "{\"duplicateId\":\"" + mine.thirdParty().id() + "\",\"picks\":{\"name\":\"DUPLICATE\"}}")
                .andExpect(status().isNotFound());
        String strangers =
                body(mvc.perform(get("/thirdparties/" + theirs.thirdParty().id() + "/merge")
                                .param("duplicate", mine.thirdParty().id().toString())
                                .with(user(stranger)))
                        .andExpect(status().isOk()));
        assertThat(strangers).doesNotContain(mine.thirdParty().code()).doesNotContain("id=\"merge-submit\"");

        // a record only lent: not to be merged, from either side, nor offered
        mvc.perform(get("/thirdparties/" + lentId + "/merge").with(user(bob))).andExpect(status().isForbidden());
        as(
                        bob,
                        form(
                                post("/thirdparties/" + lentId + "/merge"),
                                "duplicateId=" + bobs.thirdParty().id().toString()))
                .andExpect(status().isForbidden());
        as(
                        bob,
                        form(
                                post("/thirdparties/" + bobs.thirdParty().id() + "/merge"),
                                "duplicateId=" + lentId,
                                "pick.name=duplicate"))
                .andExpect(status().isForbidden());
        String bobsPage =
                body(mvc.perform(get("/thirdparties/" + bobs.thirdParty().id() + "/merge")
                                .with(user(bob)))
                        .andExpect(status().isOk()));
        assertThat(bobsPage)
                .doesNotContain("Dupont SA")
                .doesNotContain(mine.thirdParty().code());
        // the owner is offered both of hers, not Bob's
        String alices =
                body(mvc.perform(get("/thirdparties/" + mine.thirdParty().id() + "/merge")
                                .with(user(alice)))
                        .andExpect(status().isOk()));
        assertThat(alices).contains("Dupont SA").doesNotContain("Dupont et fils");
    }
}

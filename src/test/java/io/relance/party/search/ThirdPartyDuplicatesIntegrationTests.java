package io.relance.party.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.party.PageTest;
import io.relance.party.ThirdPartyId;
import io.relance.party.core.ThirdParties;
import io.relance.party.core.ThirdPartyDetails;
import io.relance.party.ownership.OwnershipManagement;
import io.relance.shared.RelanceUser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Possible duplicates while a third party is typed: by folded name, e-mail in any case, phone in any format;
 * never itself, a deleted one, or another workspace's; a rep told only that someone else's exists.
 */
class ThirdPartyDuplicatesIntegrationTests extends PageTest {

    static final String API = "/api/v1/thirdparties/duplicates";
    static final String FRAGMENT = "/thirdparties/duplicates";

    @Autowired
    OwnershipManagement ownershipManagement;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    /** A request with its parameters as typed (name, value, name, value…). */
    static MockHttpServletRequestBuilder typed(String path, String... params) {
        MockHttpServletRequestBuilder request = get(path);
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request;
    }

    ResultActions api(RelanceUser who, String... params) throws Exception {
        return mvc.perform(typed(API, params).with(user(who))).andExpect(status().isOk());
    }

    String fragment(RelanceUser who, String... params) throws Exception {
        return body(mvc.perform(typed(FRAGMENT, params).with(user(who))).andExpect(status().isOk()));
    }

    @Test
    void aNameMatchesOnceFoldedOrByItsFirstWords() throws Exception {
        RelanceUser rep = workspaces.rep();
        String id = thirdParties.of(rep).named("Société Dupont").createId();
        thirdParties.of(rep).named("Garage Martin").create();
        thirdParties.of(rep).named("Dupontel").create();
        String lefevre = thirdParties.of(rep).named("Dupont-Lefèvre").createId();

        for (String name : List.of(
                "societe dupont",
                "SOCIÉTÉ   DUPONT",
                "Societe-Dupont",
                "Société Dupont S.A.R.L.",
                "Société Dupont Lyon")) {
            api(rep, "name", name)
                    .andExpect(jsonPath("$.items", hasSize(1)))
                    .andExpect(jsonPath("$.items[0].id").value(id))
                    .andExpect(jsonPath("$.items[0].name").value("Société Dupont"))
                    .andExpect(jsonPath("$.items[0].hidden").value(false))
                    .andExpect(jsonPath("$.items[0].reasons", contains("NAME")));
        }
        // its first words: "Société" finds "Société Dupont"; a word not finished yet finds nothing
        api(rep, "name", "societe").andExpect(jsonPath("$.items[0].id").value(id));
        api(rep, "name", "Soci").andExpect(jsonPath("$.items", hasSize(0)));
        // whole words: "Dupont" starts "Dupont-Lefèvre", not "Dupontel"
        api(rep, "name", "Dupont")
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].id").value(lefevre));
    }

    @Test
    void anEMailMatchesWhateverItsCaseAndAPhoneWhateverItsFormat() throws Exception {
        RelanceUser rep = workspaces.rep();
        String byEmail = thirdParties
                .of(rep)
                .named("Famille Lambert")
                .withEmail("Jean.Lambert@Example.com")
                .createId();
        String byPhone = thirdParties
                .of(rep)
                .named("Boulangerie Petit")
                .withPhone("+33 4 78 00 00 01")
                .createId();
        String byMobile = thirdParties
                .of(rep)
                .named("Plomberie Roux")
                .with("mobile", "06 12 34 56 78")
                .createId();

        api(rep, "email", "  JEAN.LAMBERT@example.COM ")
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].id").value(byEmail))
                .andExpect(jsonPath("$.items[0].reasons", contains("EMAIL")));
        api(rep, "phone", "04.78.00.00.01")
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].id").value(byPhone))
                .andExpect(jsonPath("$.items[0].reasons", contains("PHONE")));
        api(rep, "phone", "0033 612 345 678")
                .andExpect(jsonPath("$.items[0].id").value(byMobile));
        api(rep, "mobile", "+33478000001").andExpect(jsonPath("$.items[0].id").value(byPhone));
        // read in the country given: a Belgian number is not the French one with the same digits
        api(rep, "phone", "04 78 00 00 01", "country", "BE").andExpect(jsonPath("$.items", hasSize(0)));

        // the strongest hints first, each once with all its reasons
        api(rep, "name", "Plomberie", "email", "jean.lambert@example.com", "phone", "0612345678")
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.items[0].id").value(byMobile))
                .andExpect(jsonPath("$.items[0].reasons", contains("PHONE", "NAME")))
                .andExpect(jsonPath("$.items[1].id").value(byEmail));
    }

    @Test
    void nothingTypedOrNothingValidMatchesNothing() throws Exception {
        RelanceUser rep = workspaces.rep();
        thirdParties
                .of(rep)
                .named("Dupont")
                .withEmail("a@b.fr")
                .withPhone("0478000001")
                .create();
        api(rep).andExpect(jsonPath("$.items", hasSize(0)))
                .andExpect(jsonPath("$.nextCursor").isEmpty());
        api(rep, "name", "", "email", "", "phone", "").andExpect(jsonPath("$.items", hasSize(0)));
        api(rep, "email", "a@b", "phone", "047800", "name", "D").andExpect(jsonPath("$.items", hasSize(0)));
        api(rep, "name", "%", "email", "%@%.%").andExpect(jsonPath("$.items", hasSize(0)));
        mvc.perform(typed(API, "name", "Dupont", "excludeId", "nope").with(user(rep)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("excludeId"));
        assertThat(fragment(rep)).doesNotContain("alert");
    }

    @Test
    void aRecordBeingEditedIsNotItsOwnDuplicateNorIsADeletedOne() throws Exception {
        RelanceUser rep = workspaces.rep();
        String self = thirdParties
                .of(rep)
                .named("Hôtel Bellevue")
                .withEmail("contact@bellevue.fr")
                .createId();
        ThirdPartyId gone = thirdParties
                .of(rep)
                .named("Hotel Bellevue")
                .withPhone("0478000002")
                .create()
                .thirdParty()
                .id();

        api(rep, "name", "Hotel Bellevue").andExpect(jsonPath("$.items", hasSize(2)));
        management.delete(rep, gone);
        api(rep, "name", "Hotel Bellevue", "phone", "0478000002")
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].id").value(self));
        api(rep, "name", "Hotel Bellevue", "email", "contact@bellevue.fr", "excludeId", self)
                .andExpect(jsonPath("$.items", hasSize(0)));
    }

    @Test
    void aRepIsToldThatSomeoneElseOwnsOneButNeverWhichAManagerSeesIt() throws Exception {
        var team = workspaces.team();
        ThirdPartyDetails alices = thirdParties
                .of(team.alice())
                .named("Secret Prospect")
                .withEmail("boss@secret.example")
                .create();
        String id = alices.thirdParty().id().toString();
        String code = alices.thirdParty().code();

        String json = body(api(team.bob(), "name", "secret prospect", "email", "BOSS@secret.example")
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].hidden").value(true))
                .andExpect(jsonPath("$.items[0].reasons", contains("EMAIL", "NAME")))
                .andExpect(jsonPath("$.items[0].id").doesNotExist())
                .andExpect(jsonPath("$.items[0].name").doesNotExist())
                .andExpect(jsonPath("$.items[0].code").doesNotExist())
                .andExpect(jsonPath("$.items[0].ownerId").doesNotExist())
                .andExpect(jsonPath("$.items[0].ownerName").doesNotExist()));
        assertThat(json).doesNotContain(id, code, "Secret Prospect", "Alice");
        String html = fragment(team.bob(), "name", "Secret Prospect");
        assertThat(html)
                .contains("alert-warning", "owned by someone else", "similar name")
                .doesNotContain(id, code, "Secret Prospect", "Alice", "href");

        // the owner and a manager see which it is; a manager editing another record may merge it there
        api(team.alice(), "name", "secret prospect")
                .andExpect(jsonPath("$.items[0].id").value(id))
                .andExpect(jsonPath("$.items[0].code").value(code));
        api(team.manager(), "email", "boss@secret.example")
                .andExpect(jsonPath("$.items[0].id").value(id))
                .andExpect(jsonPath("$.items[0].name").value("Secret Prospect"))
                .andExpect(jsonPath("$.items[0].code").value(code))
                .andExpect(jsonPath("$.items[0].ownerName").value(team.alice().displayName()))
                .andExpect(jsonPath("$.items[0].hidden").value(false));
        String other = thirdParties.of(team.manager()).named("Other").createId();
        assertThat(fragment(team.manager(), "name", "Secret Prospect", "excludeId", other))
                .contains(
                        "Secret Prospect (" + code + ")",
                        "href=\"/thirdparties/" + id + "\"",
                        team.alice().displayName(),
                        "/thirdparties/" + other + "/merge?duplicate=" + id)
                .doesNotContain("owned by someone else");

        // a record lent to Bob for a while is his to see
        ownershipManagement.grantException(
                team.manager(),
                alices.thirdParty().id(),
                team.bob().userId(),
                clock.instant().plus(2, ChronoUnit.DAYS),
                "holidays");
        api(team.bob(), "email", "boss@secret.example")
                .andExpect(jsonPath("$.items[0].hidden").value(false))
                .andExpect(jsonPath("$.items[0].id").value(id));
    }

    @Test
    void anotherWorkspaceSeesNothing() throws Exception {
        RelanceUser owner = workspaces.rep();
        thirdParties
                .of(owner)
                .named("Confidential SA")
                .withEmail("x@confidential.example")
                .withPhone("0478000003")
                .create();
        RelanceUser stranger = workspaces.create("Globex").admin();
        api(stranger, "name", "Confidential SA", "email", "x@confidential.example", "phone", "0478000003")
                .andExpect(jsonPath("$.items", hasSize(0)));
        assertThat(fragment(stranger, "name", "Confidential")).doesNotContain("alert", "Confidential");
    }

    @Test
    void theWarningShowsANameAsTextNeverAsHtml() throws Exception {
        RelanceUser rep = workspaces.rep();
        String id =
                thirdParties.of(rep).named("<b>Bold</b> & <script>x()</script>").createId();
        String html = fragment(rep, "name", "b bold b");
        assertThat(html)
                .contains("&lt;b&gt;Bold&lt;/b&gt; &amp; &lt;script&gt;x()&lt;/script&gt;", "/thirdparties/" + id)
                .contains("Possible duplicate:", "similar name")
                .doesNotContain("<b>Bold", "<script>");
    }

    @Test
    void theFormAsksForDuplicatesAsTheUserTypes() throws Exception {
        RelanceUser rep = workspaces.rep();
        String id = thirdParties.of(rep).named("Dupont").createId();
        assertThat(pageAs(rep, "/thirdparties/new"))
                .contains(
                        "hx-get=\"/thirdparties/duplicates\"",
                        "hx-trigger=\"keyup changed delay:400ms, change\"",
                        "<div id=\"duplicates\" aria-live=\"polite\"></div>");
        assertThat(pageAs(rep, "/thirdparties/" + id + "/edit"))
                .contains("hx-get=\"/thirdparties/duplicates?excludeId=" + id + "\"");
    }

    @Test
    void strangersAreAskedToSignIn() throws Exception {
        mvc.perform(typed(API, "name", "Dupont")).andExpect(status().isUnauthorized());
        mvc.perform(typed(FRAGMENT, "name", "Dupont")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theMigrationKeysStoredNamesAsTheApplicationDoes() throws Exception {
        RelanceUser rep = workspaces.rep();
        List<String> names = List.of(
                "  L’Atelier   d'Émilie -- S.A.R.L. ",
                "Müller & Söhne GmbH & Co. KG",
                "Dupont\u00A0SA\u202F!",
                "«Le Café» (Lyon) — 2e",
                "100% Bio_Nord/Süd [x] {y} \"z\" `w` ‘v’",
                "a" + "-.-".repeat(60) + "b");
        names.forEach(n -> thirdParties.of(rep).named(n).create());
        String update;
        try (InputStream in = getClass()
                .getClassLoader()
                .getResourceAsStream("db/migration/V20261123120000__third_party_name_key.sql")) {
            assertThat(in).isNotNull();
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int start = sql.indexOf("UPDATE third_parties SET name_key");
            update = sql.substring(start, sql.indexOf(";\n", start));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        jdbc.sql(update + " WHERE workspace_id = :ws")
                .param("ws", rep.workspaceId().value())
                .update();
        List<Map<String, Object>> rows = jdbc.sql("SELECT name, name_key FROM third_parties WHERE workspace_id = ?")
                .param(rep.workspaceId().value())
                .query()
                .listOfRows();
        assertThat(rows).hasSize(names.size());
        rows.forEach(
                r -> assertThat(r.get("name_key")).as((String) r.get("name")).isEqualTo(ThirdParties.nameKey((String)
                        r.get("name"))));
    }
}

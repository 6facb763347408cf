package io.relance.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.Flash;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

/** The third-party pages render, change what they say, and keep other workspaces out. */
class ThirdPartyPagesIntegrationTests extends PageTest {

    String create(RelanceUser who, String json) throws Exception {
        return JsonPath.read(
                body(send(who, post("/api/v1/thirdparties"), json).andExpect(status().isCreated())), "$.id");
    }

    @Test
    void theListFiltersAndChangesAStatusInOneClick() throws Exception {
        RelanceUser rep = workspaces.rep();
        String id = create(rep, "{\"name\": \"Famille <i>Lambert</i>\", \"city\": \"Lyon\", \"tags\": [\"vip\"]}");
        create(rep, "{\"name\": \"Garage Martin\", \"city\": \"Paris\"}");

        mvc.perform(get("/thirdparties").with(user(rep)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Famille &lt;i&gt;Lambert&lt;/i&gt;")))
                .andExpect(content().string(containsString("Garage Martin")));
        mvc.perform(get("/thirdparties?tag=vip&q=lyon").with(user(rep)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lambert")))
                .andExpect(content().string(not(containsString("Garage Martin"))));
        mvc.perform(get("/thirdparties?status=NOPE").with(user(rep)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("alert-danger")));

        as(
                        rep,
                        post("/thirdparties/" + id + "/status")
                                .header("HX-Request", "true")
                                .param("status", "CONTACTED"))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("<tr")))
                .andExpect(content().string(containsString("value=\"CONTACTED\" selected")));
        as(rep, post("/thirdparties/" + id + "/potential").param("potential", "high"))
                .andExpect(redirectedUrl("/thirdparties"));
        mvc.perform(get("/api/v1/thirdparties/" + id).with(user(rep)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.status")
                        .value("CONTACTED"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.potential")
                        .value("high"));

        mvc.perform(get("/thirdparties/" + id).with(user(rep)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("None → High")))
                .andExpect(content().string(containsString("Never contacted → Contacted")));

        as(rep, post("/thirdparties/bulk").param("ids", id).param("addTag", "lyon"))
                .andExpect(redirectedUrl("/thirdparties"));
        as(rep, post("/thirdparties/segments").param("name", "VIP").param("query", "tag=vip"))
                .andExpect(redirectedUrlPattern("/thirdparties?segment=*"));
    }

    @Test
    void theFormCreatesAndEditsWithErrorsBesideTheFields() throws Exception {
        RelanceUser rep = workspaces.rep();
        mvc.perform(get("/thirdparties/new").with(user(rep))).andExpect(status().isOk());
        as(
                        rep,
                        post("/thirdparties/new")
                                .param("name", "Dupont SARL")
                                .param("kind", "prospect")
                                .param("email", "not-an-email")
                                .param("phone", "12"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("value=\"Dupont SARL\"")));
        MvcResult created = as(
                        rep,
                        post("/thirdparties/new")
                                .param("name", "Dupont SARL")
                                .param("kind", "both")
                                .param("individual", "false")
                                .param("email", "contact@dupont.test")
                                .param("phone", "04 78 12 34 56")
                                .param("city", "Lyon")
                                .param("country", "FR")
                                .param("tags", "vip, renovation"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute(Flash.ATTRIBUTE, Flash.success("thirdparty.createdDone", "Dupont SARL")))
                .andReturn();
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/thirdparties/");
        mvc.perform(get(location).with(user(rep)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dupont SARL")))
                .andExpect(content().string(containsString("tel:+33478123456")));
        mvc.perform(get(location + "/edit").with(user(rep))).andExpect(status().isOk());
        as(
                        rep,
                        post(location + "/edit")
                                .param("version", "0")
                                .param("name", "Dupont & Fils")
                                .param("kind", "customer"))
                .andExpect(redirectedUrl(location));
        as(
                        rep,
                        post(location + "/edit")
                                .param("version", "0")
                                .param("name", "Lost update")
                                .param("kind", "customer"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("changed by someone else")));
        as(
                        rep,
                        post(location + "/log")
                                .param("type", "CALL")
                                .param("direction", "OUTBOUND")
                                .param("summary", "Asked about the quote"))
                .andExpect(redirectedUrl(location));
        as(
                        rep,
                        post(location + "/contacts")
                                .param("firstName", "Jeanne")
                                .param("lastName", "Dupont")
                                .param("email", "jeanne@dupont.test"))
                .andExpect(redirectedUrl(location));
        String contactId = JsonPath.read(
                body(mvc.perform(get("/api/v1" + location + "/contacts").with(user(rep)))), "$.items[0].id");
        as(
                        rep,
                        post(location + "/contacts/" + contactId)
                                .param("version", "0")
                                .param("firstName", "Jeanne")
                                .param("lastName", "Dupont-Martin")
                                .param("preferredChannel", "SMS")
                                .param("contactWindow", "mornings"))
                .andExpect(redirectedUrl(location));
        mvc.perform(get("/api/v1" + location + "/contacts").with(user(rep)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                                "$.items[0].lastName")
                        .value("Dupont-Martin"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                                "$.items[0].preferredChannel")
                        .value("SMS"));
        as(
                        rep,
                        multipart(location + "/files")
                                .file(new MockMultipartFile(
                                        "file", "notes.txt", "text/plain", "Hello".getBytes(StandardCharsets.UTF_8))))
                .andExpect(redirectedUrl(location));
        mvc.perform(get(location).with(user(rep)))
                .andExpect(content().string(containsString("Asked about the quote")))
                .andExpect(content().string(containsString("Jeanne Dupont-Martin")))
                .andExpect(content().string(containsString("notes.txt")));
    }

    @Test
    void mergeShowsBothSideBySideThenMerges() throws Exception {
        var acme = workspaces.create("Acme");
        String keep = create(acme.admin(), "{\"name\": \"Hôtel Bellevue\"}");
        String dup = create(acme.admin(), "{\"name\": \"Hotel Bellevue\", \"email\": \"info@bellevue.test\"}");
        mvc.perform(get("/thirdparties/" + keep + "/merge?duplicate=bellevue").with(user(acme.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hotel Bellevue")));
        mvc.perform(get("/thirdparties/" + keep + "/merge?duplicate=" + dup).with(user(acme.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("info@bellevue.test")));
        as(acme.admin(), post("/thirdparties/" + keep + "/merge").param("duplicateId", dup))
                .andExpect(redirectedUrl("/thirdparties/" + keep));
        mvc.perform(get("/thirdparties/" + dup).with(user(acme.admin()))).andExpect(status().isNotFound());
    }

    @Test
    void customFieldsShowAsColumnsAndFiltersAndTheTrashRestores() throws Exception {
        var acme = workspaces.create("Acme");
        mvc.perform(post("/api/v1/custom-fields")
                        .with(user(acme.admin()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"key\":\"budget\",\"label\":\"Budget\",\"type\":\"AMOUNT\"}"))
                .andExpect(status().isCreated());
        create(acme.admin(), "{\"name\": \"Big spender\", \"customFields\": {\"budget\": \"12345.5\"}}");
        String small = create(acme.admin(), "{\"name\": \"Small spender\", \"customFields\": {\"budget\": \"10\"}}");
        mvc.perform(get("/thirdparties?cf.budget.min=1000&city=&createdFrom=").with(user(acme.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Big spender")))
                .andExpect(content().string(not(containsString("Small spender"))))
                .andExpect(content().string(containsString("€12,345.50")));
        as(acme.admin(), post("/thirdparties/" + small + "/delete")).andExpect(redirectedUrl("/thirdparties"));
        mvc.perform(get("/thirdparties?deleted=true").with(user(acme.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Small spender")))
                .andExpect(content().string(not(containsString("Big spender"))));
        as(acme.admin(), post("/thirdparties/" + small + "/restore"))
                .andExpect(redirectedUrl("/thirdparties/" + small))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, Flash.success("thirdparty.restored")));
        mvc.perform(get("/thirdparties/" + small).with(user(acme.admin()))).andExpect(status().isOk());
    }

    @Test
    void anotherWorkspaceOrAnotherRepSees404OnEveryPage() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser rep = acme.rep("Rep");
        RelanceUser otherRep = acme.rep("Other rep");
        RelanceUser stranger = workspaces.create("Globex").admin();
        String id = create(rep, "{\"name\": \"Private\"}");
        as(
                        rep,
                        multipart("/thirdparties/" + id + "/files")
                                .file(new MockMultipartFile(
                                        "file", "secret.txt", "text/plain", "Secret".getBytes(StandardCharsets.UTF_8))))
                .andExpect(redirectedUrl("/thirdparties/" + id));
        String fileId = JsonPath.read(
                body(mvc.perform(get("/api/v1/thirdparties/" + id + "/files").with(user(rep)))), "$.items[0].id");
        mvc.perform(get("/thirdparties/" + id + "/files/" + fileId).with(user(rep)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Disposition", startsWith("attachment")))
                .andExpect(content().string("Secret"));
        String strangersOwn = create(stranger, "{\"name\": \"Globex own\"}");
        for (RelanceUser outsider : new RelanceUser[] {otherRep, stranger}) {
            for (String path :
                    new String[] {"", "/edit", "/merge", "/merge?duplicate=" + strangersOwn, "/files/" + fileId}) {
                mvc.perform(get("/thirdparties/" + id + path).with(user(outsider)))
                        .andExpect(status().isNotFound());
            }
            for (String path : new String[] {
                "/edit", "/merge", "/contacts", "/owner", "/exceptions", "/files/" + fileId + "/delete"
            }) {
                as(
                                outsider,
                                post("/thirdparties/" + id + path)
                                        .param("name", "Taken")
                                        .param("kind", "prospect")
                                        .param("version", "0")
                                        .param("lastName", "Intruder")
                                        .param("duplicateId", strangersOwn)
                                        .param(
                                                "ownerId",
                                                outsider.userId().value().toString())
                                        .param(
                                                "userId",
                                                outsider.userId().value().toString()))
                        .andExpect(status().isNotFound());
            }
            as(outsider, post("/thirdparties/" + id + "/status").param("status", "CONTACTED"))
                    .andExpect(status().isNotFound());
            as(
                            outsider,
                            post("/thirdparties/" + id + "/log")
                                    .param("type", "NOTE")
                                    .param("summary", "x"))
                    .andExpect(status().isNotFound());
            as(outsider, post("/thirdparties/" + id + "/delete")).andExpect(status().isNotFound());
        }
        // A record of another workspace can be neither shown beside nor merged into one's own.
        mvc.perform(get("/thirdparties/" + strangersOwn + "/merge?duplicate=" + id)
                        .with(user(stranger)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Private"))));
        as(stranger, post("/thirdparties/" + strangersOwn + "/merge").param("duplicateId", id))
                .andExpect(status().isNotFound());
        mvc.perform(get("/thirdparties").with(user(stranger)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Private"))));
        mvc.perform(get("/thirdparties/" + id + "/files/" + fileId).with(user(rep)))
                .andExpect(content().string("Secret"));
        mvc.perform(get("/thirdparties/" + id).with(user(rep)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Private")))
                .andExpect(content().string(not(containsString("Intruder"))))
                .andExpect(content().string(not(containsString("Taken"))));
    }

    @Test
    void chipsSayWhoAndWhatAndTheCountSpeaksProperly() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser manager = acme.manager("Maëlle Manager");
        RelanceUser rep = acme.rep("Rémi Rep");
        create(rep, "{\"name\": \"Boulangerie Riou\", \"customer\": true, \"potential\": \"high\"}");
        mvc.perform(get("/thirdparties?owner=" + rep.userId().value() + "&potential=high&customer=true")
                        .with(user(manager)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Boulangerie Riou")))
                .andExpect(content().string(containsString("1 third party<")))
                .andExpect(content().string(containsString("<strong>Rémi Rep</strong>")))
                .andExpect(content().string(containsString("<strong>High</strong>")))
                .andExpect(content().string(containsString("<strong>Yes</strong>")));
        String location = as(
                        manager,
                        post("/thirdparties/segments")
                                .param("name", "Hot customers")
                                .param("query", "potential=high&customer=true"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(location).with(user(manager)))
                .andExpect(content().string(containsString("Hot customers")))
                .andExpect(content().string(containsString("id=\"delete-segment\"")))
                .andExpect(content().string(containsString("Boulangerie Riou")));
        String segmentId = location.substring(location.indexOf('=') + 1);
        mvc.perform(get(location).with(user(rep))).andExpect(status().isNotFound());
        as(manager, post("/thirdparties/segments/" + segmentId + "/delete")).andExpect(redirectedUrl("/thirdparties"));
        mvc.perform(get(location).with(user(manager))).andExpect(status().isNotFound());
        mvc.perform(get("/thirdparties?q=nobody-like-this").with(user(manager)))
                .andExpect(content().string(containsString("no third parties")));
    }

    @Test
    void aCodeTypedInFullPicksTheDuplicateAtOnce() throws Exception {
        var acme = workspaces.create("Acme");
        String keep = create(acme.admin(), "{\"name\": \"Menuiserie Blanc\"}");
        String dup =
                create(acme.admin(), "{\"name\": \"Menuiserie Blanc & fils\", \"notes\": \"<p>Old <b>notes</b></p>\"}");
        String code = JsonPath.read(
                body(mvc.perform(get("/api/v1/thirdparties/" + dup).with(user(acme.admin())))), "$.code");
        mvc.perform(get("/thirdparties/" + keep + "/merge")
                        .param("duplicate", code.toLowerCase())
                        .with(user(acme.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"merge-submit\"")))
                .andExpect(content().string(containsString("value=\"" + dup + "\"")))
                .andExpect(content().string(containsString("Old <b>notes</b>")));
    }
}

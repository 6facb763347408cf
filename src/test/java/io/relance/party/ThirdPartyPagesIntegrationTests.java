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

        assertThat(pageAs(rep, "/thirdparties")).contains("Famille &lt;i&gt;Lambert&lt;/i&gt;", "Garage Martin");
        assertThat(pageAs(rep, "/thirdparties?tag=vip&q=lyon"))
                .contains("Lambert")
                .doesNotContain("Garage Martin");
        assertThat(pageAs(rep, "/thirdparties?status=NOPE")).contains("alert-danger");

        as(
                        rep,
                        post("/thirdparties/" + id + "/status")
                                .header("HX-Request", "true")
                                .param("status", "CONTACTED"))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("<tr")))
                .andExpect(content().string(containsString("value=\"CONTACTED\" selected")));
        as(rep, form(post("/thirdparties/" + id + "/potential"), "potential=high"))
                .andExpect(redirectedUrl("/thirdparties"));
        mvc.perform(get("/api/v1/thirdparties/" + id).with(user(rep)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.status")
                        .value("CONTACTED"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.potential")
                        .value("high"));

        assertThat(pageAs(rep, "/thirdparties/" + id)).contains("None → High", "Never contacted → Contacted");

        as(rep, form(post("/thirdparties/bulk"), "ids=" + id, "addTag=lyon")).andExpect(redirectedUrl("/thirdparties"));
        as(rep, form(post("/thirdparties/segments"), "name=VIP", "query=tag=vip"))
                .andExpect(redirectedUrlPattern("/thirdparties?segment=*"));
    }

    @Test
    void theFormCreatesAndEditsWithErrorsBesideTheFields() throws Exception {
        RelanceUser rep = workspaces.rep();
        mvc.perform(get("/thirdparties/new").with(user(rep))).andExpect(status().isOk());
        assertThat(body(as(
                                rep,
                                form(
                                        post("/thirdparties/new"),
                                        "name=Dupont SARL",
                                        "kind=prospect",
                                        "email=not-an-email",
                                        "phone=12"))
                        .andExpect(status().isOk())))
                .contains("is-invalid", "value=\"Dupont SARL\"");
        MvcResult created = as(
                        rep,
                        form(
                                post("/thirdparties/new"),
                                "name=Dupont SARL",
                                "kind=both",
                                "individual=false",
                                "email=contact@dupont.test",
                                "phone=04 78 12 34 56",
                                "city=Lyon",
                                "country=FR",
                                "tags=vip, renovation"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute(Flash.ATTRIBUTE, Flash.success("thirdparty.createdDone", "Dupont SARL")))
                .andReturn();
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/thirdparties/");
        assertThat(pageAs(rep, location)).contains("Dupont SARL", "tel:+33478123456");
        mvc.perform(get(location + "/edit").with(user(rep))).andExpect(status().isOk());
        as(rep, form(post(location + "/edit"), "version=0", "name=Dupont & Fils", "kind=customer"))
                .andExpect(redirectedUrl(location));
        as(rep, form(post(location + "/edit"), "version=0", "name=Lost update", "kind=customer"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("changed by someone else")));
        as(rep, form(post(location + "/log"), "type=CALL", "direction=OUTBOUND", "summary=Asked about the quote"))
                .andExpect(redirectedUrl(location));
        as(rep, form(post(location + "/contacts"), "firstName=Jeanne", "lastName=Dupont", "email=jeanne@dupont.test"))
                .andExpect(redirectedUrl(location));
        String contactId = JsonPath.read(
                body(mvc.perform(get("/api/v1" + location + "/contacts").with(user(rep)))), "$.items[0].id");
        as(
                        rep,
                        form(
                                post(location + "/contacts/" + contactId),
                                "version=0",
                                "firstName=Jeanne",
                                "lastName=Dupont-Martin",
                                "preferredChannel=SMS",
                                "contactWindow=mornings"))
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
        assertThat(pageAs(rep, location)).contains("Asked about the quote", "Jeanne Dupont-Martin", "notes.txt");
    }

    @Test
    void mergeShowsBothSideBySideThenMerges() throws Exception {
        var acme = workspaces.create("Acme");
        String keep = create(acme.admin(), "{\"name\": \"Hôtel Bellevue\"}");
        String dup = create(acme.admin(), "{\"name\": \"Hotel Bellevue\", \"email\": \"info@bellevue.test\"}");
        assertThat(pageAs(acme.admin(), "/thirdparties/" + keep + "/merge?duplicate=bellevue"))
                .contains("Hotel Bellevue");
        assertThat(pageAs(acme.admin(), "/thirdparties/" + keep + "/merge?duplicate=" + dup))
                .contains("info@bellevue.test");
        as(acme.admin(), form(post("/thirdparties/" + keep + "/merge"), "duplicateId=" + dup))
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
        assertThat(pageAs(acme.admin(), "/thirdparties?cf.budget.min=1000&city=&createdFrom="))
                .contains("Big spender", "€12,345.50")
                .doesNotContain("Small spender");
        as(acme.admin(), post("/thirdparties/" + small + "/delete")).andExpect(redirectedUrl("/thirdparties"));
        assertThat(pageAs(acme.admin(), "/thirdparties?deleted=true"))
                .contains("Small spender")
                .doesNotContain("Big spender");
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
                                form(
                                        post("/thirdparties/" + id + path),
                                        "name=Taken",
                                        "kind=prospect",
                                        "version=0",
                                        "lastName=Intruder",
                                        "duplicateId=" + strangersOwn,
                                        "ownerId=" + outsider.userId().value().toString(),
                                        "userId=" + outsider.userId().value().toString()))
                        .andExpect(status().isNotFound());
            }
            as(outsider, form(post("/thirdparties/" + id + "/status"), "status=CONTACTED"))
                    .andExpect(status().isNotFound());
            as(outsider, form(post("/thirdparties/" + id + "/log"), "type=NOTE", "summary=x"))
                    .andExpect(status().isNotFound());
            as(outsider, post("/thirdparties/" + id + "/delete")).andExpect(status().isNotFound());
        }
        // A record of another workspace can be neither shown beside nor merged into one's own.
        mvc.perform(get("/thirdparties/" + strangersOwn + "/merge?duplicate=" + id)
                        .with(user(stranger)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Private"))));
        as(stranger, form(post("/thirdparties/" + strangersOwn + "/merge"), "duplicateId=" + id))
                .andExpect(status().isNotFound());
        assertThat(pageAs(stranger, "/thirdparties")).doesNotContain("Private");
        mvc.perform(get("/thirdparties/" + id + "/files/" + fileId).with(user(rep)))
                .andExpect(content().string("Secret"));
        assertThat(pageAs(rep, "/thirdparties/" + id)).contains("Private").doesNotContain("Intruder", "Taken");
    }

    @Test
    void chipsSayWhoAndWhatAndTheCountSpeaksProperly() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser manager = acme.manager("Maëlle Manager");
        RelanceUser rep = acme.rep("Rémi Rep");
        create(rep, "{\"name\": \"Boulangerie Riou\", \"customer\": true, \"potential\": \"high\"}");
        assertThat(body(mvc.perform(get("/thirdparties?owner=" + rep.userId().value() + "&potential=high&customer=true")
                                .with(user(manager)))
                        .andExpect(status().isOk())))
                .contains(
                        "Boulangerie Riou",
                        "1 third party<",
                        "<strong>Rémi Rep</strong>",
                        "<strong>High</strong>",
                        "<strong>Yes</strong>");
        String location = as(
                        manager,
                        form(
                                post("/thirdparties/segments"),
                                "name=Hot customers",
                                "query=potential=high&customer=true"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(pageAs(manager, location)).contains("Hot customers", "id=\"delete-segment\"", "Boulangerie Riou");
        String segmentId = location.substring(location.indexOf('=') + 1);
        mvc.perform(get(location).with(user(rep))).andExpect(status().isNotFound());
        as(manager, post("/thirdparties/segments/" + segmentId + "/delete")).andExpect(redirectedUrl("/thirdparties"));
        mvc.perform(get(location).with(user(manager))).andExpect(status().isNotFound());
        assertThat(pageAs(manager, "/thirdparties?q=nobody-like-this")).contains("no third parties");
    }

    @Test
    void aCodeTypedInFullPicksTheDuplicateAtOnce() throws Exception {
        var acme = workspaces.create("Acme");
        String keep = create(acme.admin(), "{\"name\": \"Menuiserie Blanc\"}");
        String dup =
                create(acme.admin(), "{\"name\": \"Menuiserie Blanc & fils\", \"notes\": \"<p>Old <b>notes</b></p>\"}");
        String code = JsonPath.read(
                body(mvc.perform(get("/api/v1/thirdparties/" + dup).with(user(acme.admin())))), "$.code");
        assertThat(body(mvc.perform(get("/thirdparties/" + keep + "/merge")
                                .param("duplicate", code.toLowerCase())
                                .with(user(acme.admin())))
                        .andExpect(status().isOk())))
                .contains("id=\"merge-submit\"", "value=\"" + dup + "\"", "Old <b>notes</b>");
    }
}

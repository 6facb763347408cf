package io.relance.party.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.PageForm;
import io.relance.party.PageTest;
import io.relance.party.contact.Contact;
import io.relance.party.core.ThirdParty;
import io.relance.party.core.ThirdPartyDetails;
import io.relance.party.customfield.CustomFieldForm;
import io.relance.party.customfield.CustomFieldManagement;
import io.relance.party.customfield.CustomFieldType;
import io.relance.shared.RelanceUser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.MultiValueMap;

/**
 * A form shown again after an error holds everything it held (the hidden version, every typed value), so once
 * corrected it saves; and every field's error shows at once, the built-in fields' and the custom fields' together,
 * in the pages and in the API, nothing written while any error stands.
 */
class FormsAfterAnErrorIntegrationTests extends PageTest {

    @Autowired
    CustomFieldManagement customFields;

    RelanceUser repWithCustomFields() {
        var acme = workspaces.create("Acme");
        customFields.defineCustomField(
                acme.admin(),
                new CustomFieldForm("budget", "Budget", CustomFieldType.NUMBER, List.of(), false, 1, null));
        customFields.defineCustomField(
                acme.admin(),
                new CustomFieldForm(
                        "rooms",
                        "Rooms",
                        CustomFieldType.MULTI_CHOICE,
                        List.of("Kitchen", "Bath, shower"),
                        false,
                        2,
                        null));
        customFields.defineCustomField(
                acme.admin(),
                new CustomFieldForm("signed", "Signed", CustomFieldType.CHECKBOX, List.of(), false, 3, null));
        return acme.rep("Rep");
    }

    ThirdPartyDetails lambert(RelanceUser rep) {
        return thirdParties
                .of(rep)
                .lambert()
                .with("notes", "Wants a quote")
                .tagged("vip")
                .custom("budget", 12000)
                .custom("rooms", List.of("Bath, shower"))
                .custom("signed", true)
                .create();
    }

    @Test
    void theEditPageShownAgainAfterAnErrorKeepsItsVersionAndWhatWasTypedAndThenSaves() throws Exception {
        RelanceUser rep = repWithCustomFields();
        ThirdPartyDetails d = lambert(rep);
        String record = "/thirdparties/" + d.thirdParty().id().value();

        MultiValueMap<String, String> form = PageForm.fields(body(as(rep, get(record + "/edit"))), "party-form");
        assertThat(form.getFirst("version"))
                .isEqualTo(String.valueOf(d.thirdParty().version()));
        form.set("email", "not an e-mail");
        form.set("city", "Villeurbanne");
        String again = body(as(rep, post(record + "/edit").params(form)).andExpect(status().isOk()));
        assertThat(again)
                .contains("Not a valid e-mail address.")
                .contains("name=\"version\" value=\"" + d.thirdParty().version() + "\"")
                .contains("value=\"Villeurbanne\"")
                .contains("value=\"12000\"");
        assertThat(management.get(rep, d.thirdParty().id()).thirdParty().version())
                .isEqualTo(d.thirdParty().version());

        // the form as shown again, corrected, saves (every custom value kept as it was)
        MultiValueMap<String, String> corrected = PageForm.fields(again, "party-form");
        assertThat(corrected).isEqualTo(form);
        corrected.set("email", "famille@lambert.test");
        as(rep, post(record + "/edit").params(corrected)).andExpect(redirectedUrl(record));
        ThirdPartyDetails saved = management.get(rep, d.thirdParty().id());
        assertThat(saved.thirdParty().email()).isEqualTo("famille@lambert.test");
        assertThat(saved.thirdParty().city()).isEqualTo("Villeurbanne");
        assertThat(saved.thirdParty().notes()).isEqualTo(d.thirdParty().notes());
        assertThat(saved.customFields()).isEqualTo(d.customFields());
        assertThat(saved.tags()).isEqualTo(d.tags());
    }

    @Test
    void afterANewerVersionTheEditPageTellsAndTheNextSaveIsCheckedAgainstIt() throws Exception {
        RelanceUser rep = repWithCustomFields();
        ThirdPartyDetails d = lambert(rep);
        String record = "/thirdparties/" + d.thirdParty().id().value();
        MultiValueMap<String, String> form = PageForm.fields(body(as(rep, get(record + "/edit"))), "party-form");
        // someone else saves meanwhile
        MultiValueMap<String, String> other = PageForm.fields(body(as(rep, get(record + "/edit"))), "party-form");
        other.set("city", "Bron");
        as(rep, post(record + "/edit").params(other)).andExpect(redirectedUrl(record));

        form.set("postalCode", "69003");
        String again = body(as(rep, post(record + "/edit").params(form)).andExpect(status().isOk()));
        long now = management.get(rep, d.thirdParty().id()).thirdParty().version();
        assertThat(again)
                .contains("This record was changed by someone else.")
                .contains("name=\"version\" value=\"" + now + "\"")
                .contains("value=\"69003\"");
        as(rep, post(record + "/edit").params(PageForm.fields(again, "party-form")))
                .andExpect(redirectedUrl(record));
        assertThat(management.get(rep, d.thirdParty().id()).thirdParty().postalCode())
                .isEqualTo("69003");
    }

    @Test
    void theNewPageShownAgainAfterAnErrorKeepsWhatWasTypedAndThenCreates() throws Exception {
        RelanceUser rep = repWithCustomFields();
        MultiValueMap<String, String> form = PageForm.fields(body(as(rep, get("/thirdparties/new"))), "party-form");
        form.set("name", "Dupont SARL");
        form.set("email", "contact@dupont");
        form.set("customFields[budget]", "5000");
        form.add("customChoices", "rooms=Bath, shower");
        form.add("customFields[signed]", "true");
        String again = body(as(rep, post("/thirdparties/new").params(form)).andExpect(status().isOk()));
        assertThat(again).contains("Not a valid e-mail address.").contains("value=\"Dupont SARL\"");
        MultiValueMap<String, String> corrected = PageForm.fields(again, "party-form");
        assertThat(corrected.get("customChoices")).containsExactly("rooms=Bath, shower");
        assertThat(corrected.get("customFields[signed]")).containsExactly("false", "true");
        corrected.set("email", "contact@dupont.test");
        String location = as(rep, post("/thirdparties/new").params(corrected))
                .andExpect(redirectedUrlPattern("/thirdparties/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String json = body(mvc.perform(get("/api/v1" + location).with(user(rep))));
        assertThat((String) JsonPath.read(json, "$.email")).isEqualTo("contact@dupont.test");
        assertThat(JsonPath.<Object>read(json, "$.customFields.budget").toString())
                .isEqualTo("5000");
        assertThat(JsonPath.<List<String>>read(json, "$.customFields.rooms")).containsExactly("Bath, shower");
        assertThat(JsonPath.<Boolean>read(json, "$.customFields.signed")).isTrue();
    }

    @Test
    void theDetailsPanelAndAContactFormShownAgainAfterAnErrorSaveOnceCorrected() throws Exception {
        RelanceUser rep = repWithCustomFields();
        ThirdPartyDetails d = lambert(rep);
        String record = "/thirdparties/" + d.thirdParty().id().value();

        MultiValueMap<String, String> facts =
                PageForm.fields(body(as(rep, htmx(get(record + "/facts/edit")))), "facts-form");
        facts.set("mobile", "12");
        String again = body(as(rep, htmx(post(record + "/facts").params(facts))).andExpect(status().isOk()));
        assertThat(again).contains("id=\"facts-mobile-error\"");
        MultiValueMap<String, String> corrected = PageForm.fields(again, "facts-form");
        assertThat(corrected).isEqualTo(facts);
        corrected.set("mobile", "06 12 34 56 78");
        as(rep, htmx(post(record + "/facts").params(corrected))).andExpect(status().isOk());
        ThirdParty saved = management.get(rep, d.thirdParty().id()).thirdParty();
        assertThat(saved.mobile()).isEqualTo("06 12 34 56 78");
        assertThat(saved.notes()).isEqualTo(d.thirdParty().notes());

        Contact jeanne = contactManagement.addContact(
                rep, d.thirdParty().id(), PanelsInPlaceKeepWhatTheyDoNotShowIntegrationTests.JEANNE);
        String formId = "ce-" + jeanne.id() + "-form";
        MultiValueMap<String, String> contact = PageForm.fields(body(as(rep, get(record))), formId);
        contact.set("email", "jeanne@");
        String shown =
                body(as(rep, htmx(post(record + "/contacts/" + jeanne.id()).params(contact)))
                        .andExpect(status().isOk()));
        assertThat(shown).contains("id=\"ce-" + jeanne.id() + "-email-error\"");
        assertThat(shown).as("the error in the user's language").contains("Not a valid e-mail address.");
        MultiValueMap<String, String> fixed = PageForm.fields(shown, formId);
        assertThat(fixed).isEqualTo(contact);
        fixed.set("email", "jeanne@riou.test");
        as(rep, htmx(post(record + "/contacts/" + jeanne.id()).params(fixed))).andExpect(status().isOk());
        assertThat(contactManagement.contacts(rep, d.thirdParty().id()).get(0).email())
                .isEqualTo("jeanne@riou.test");
    }

    @Test
    void theFormShowsTheBuiltInAndTheCustomFieldsErrorsAtOnceAndWritesNothing() throws Exception {
        RelanceUser rep = repWithCustomFields();
        ThirdPartyDetails d = lambert(rep);
        String record = "/thirdparties/" + d.thirdParty().id().value();

        MultiValueMap<String, String> form = PageForm.fields(body(as(rep, get(record + "/edit"))), "party-form");
        form.set("email", "not an e-mail");
        form.set("customFields[budget]", "twelve");
        String again = body(as(rep, post(record + "/edit").params(form)).andExpect(status().isOk()));
        assertThat(again)
                .contains("Not a valid e-mail address.")
                .contains("class=\"form-control is-invalid\" id=\"cf-budget\"")
                .contains("value=\"twelve\"");
        ThirdPartyDetails after = management.get(rep, d.thirdParty().id());
        assertThat(after.thirdParty().version()).isEqualTo(d.thirdParty().version());
        assertThat(after.thirdParty().email()).isEqualTo("contact@lambert.test");
        assertThat(after.customFields()).isEqualTo(d.customFields());

        MultiValueMap<String, String> fresh = PageForm.fields(body(as(rep, get("/thirdparties/new"))), "party-form");
        fresh.set("name", "Dupont SARL");
        fresh.set("email", "not an e-mail");
        fresh.set("customFields[budget]", "twelve");
        assertThat(body(as(rep, post("/thirdparties/new").params(fresh)).andExpect(status().isOk())))
                .contains("Not a valid e-mail address.")
                .contains("class=\"form-control is-invalid\" id=\"cf-budget\"");
        assertThat(body(mvc.perform(get("/api/v1/thirdparties?q=Dupont").with(user(rep)))))
                .doesNotContain("Dupont SARL");
    }

    @Test
    void theApiListsTheBuiltInAndTheCustomFieldsErrorsInOneProblemAndWritesNothing() throws Exception {
        RelanceUser rep = repWithCustomFields();
        send(rep, post("/api/v1/thirdparties"), """
                        {"name": "Dupont SARL", "email": "not an e-mail", "customFields": {"budget": "twelve"}}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.containsInAnyOrder("email", "customFields.budget")));
        assertThat(body(send(rep, get("/api/v1/thirdparties?q=Dupont"), ""))).doesNotContain("Dupont SARL");

        ThirdPartyDetails d = lambert(rep);
        String record = "/api/v1/thirdparties/" + d.thirdParty().id().value();
        send(rep, patch(record), """
                        {"version": %d, "email": "not an e-mail", "customFields": {"budget": "twelve"}}""".formatted(d.thirdParty().version()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.containsInAnyOrder("email", "customFields.budget")));
        // without a version, the missing version is one more field of the same answer
        send(rep, patch(record), """
                        {"email": "not an e-mail", "customFields": {"budget": "twelve"}}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.containsInAnyOrder("version", "email", "customFields.budget")));
        assertThat(management.get(rep, d.thirdParty().id()).thirdParty().version())
                .isEqualTo(d.thirdParty().version());
    }
}

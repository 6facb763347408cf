package io.relance.party.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.PageForm;
import io.relance.party.PageTest;
import io.relance.party.contact.Contact;
import io.relance.party.contact.ContactForm;
import io.relance.party.core.ThirdPartyDetails;
import io.relance.shared.RelanceUser;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.MultiValueMap;

/**
 * Every panel of the record page edited in place changes what its form shows and nothing else: a contact saved from
 * the page keeps every field (its form holds them all), the Details panel keeps the name, notes and contacts, the
 * header's status and potential keep every fact.
 */
class PanelsInPlaceKeepWhatTheyDoNotShowIntegrationTests extends PageTest {

    static final ContactForm JEANNE = new ContactForm(
            "Jeanne",
            "Riou",
            "Director",
            "jeanne@riou.test",
            "04 72 00 00 01",
            "06 12 34 56 78",
            "3 rue des Lilas",
            "69003",
            "Lyon",
            "FR",
            "fr",
            "Prefers <b>mornings</b> & coffee",
            Contact.MarketingConsent.OPT_IN,
            true,
            "EMAIL",
            "before 10",
            null);

    static MockHttpServletRequestBuilder posting(String path, MultiValueMap<String, String> fields) {
        return post(path).params(fields);
    }

    @Test
    void aContactChangedFromTheRecordPageKeepsEveryFieldItsFormDidNotChange() throws Exception {
        RelanceUser rep = workspaces.rep();
        ThirdPartyDetails d = thirdParties.of(rep).named("Boulangerie Riou").create();
        String record = "/thirdparties/" + d.thirdParty().id().value();
        Contact before = contactManagement.addContact(rep, d.thirdParty().id(), JEANNE);

        // the page's form of this contact holds every field of a contact, with its value
        MultiValueMap<String, String> form = PageForm.fields(pageAs(rep, record), "ce-" + before.id() + "-form");
        assertThat(form.keySet())
                .containsExactlyInAnyOrder(
                        "version",
                        "firstName",
                        "lastName",
                        "position",
                        "email",
                        "phone",
                        "mobile",
                        "addressLine",
                        "postalCode",
                        "city",
                        "country",
                        "language",
                        "notes",
                        "emailMarketing",
                        "doNotCall",
                        "preferredChannel",
                        "contactWindow");
        // and so does the form that adds one: one form for both
        assertThat(PageForm.fields(pageAs(rep, record), "c-form").keySet())
                .containsAll(form.keySet().stream()
                        .filter(k -> !k.equals("version") && !k.equals("doNotCall"))
                        .toList());

        // saved as the page holds it with one change, in place...
        form.set("position", "Manager");
        as(rep, posting(record + "/contacts/" + before.id(), form).header("HX-Request", "true"))
                .andExpect(status().isOk());
        Contact after = contactManagement.contacts(rep, d.thirdParty().id()).get(0);
        assertThat(after)
                .usingRecursiveComparison()
                .ignoringFields("position", "version", "updatedAt")
                .isEqualTo(before);
        assertThat(after.position()).isEqualTo("Manager");

        // ...and without JavaScript, from the page as it is now
        form = PageForm.fields(pageAs(rep, record), "ce-" + before.id() + "-form");
        form.set("contactWindow", "after 5");
        as(rep, posting(record + "/contacts/" + before.id(), form)).andExpect(redirectedUrl(record));
        Contact again = contactManagement.contacts(rep, d.thirdParty().id()).get(0);
        assertThat(again)
                .usingRecursiveComparison()
                .ignoringFields("contactWindow", "version", "updatedAt")
                .isEqualTo(after);
        assertThat(again.contactWindow()).isEqualTo("after 5");
    }

    @Test
    void theDetailsPanelAndTheHeaderChangeOnlyWhatTheyShow() throws Exception {
        RelanceUser rep = workspaces.rep();
        ThirdPartyDetails d = thirdParties
                .of(rep)
                .lambert()
                .withPhone("04 72 00 00 00")
                .with("country", "FR")
                .with("notes", "Wants a <b>quote</b>")
                .tagged("vip")
                .create();
        String record = "/thirdparties/" + d.thirdParty().id().value();
        Contact contact = contactManagement.addContact(rep, d.thirdParty().id(), JEANNE);

        // the Details panel's form, as the pencil answers it, saved with one change
        String panel = body(
                mvc.perform(htmx(get(record + "/facts/edit")).with(user(rep))).andExpect(status().isOk()));
        MultiValueMap<String, String> facts = PageForm.fields(panel, "facts-form");
        facts.set("city", "Villeurbanne");
        as(rep, posting(record + "/facts", facts).header("HX-Request", "true")).andExpect(status().isOk());
        ThirdPartyDetails saved = management.get(rep, d.thirdParty().id());
        assertThat(saved.thirdParty())
                .usingRecursiveComparison()
                .ignoringFields("city", "version", "updatedAt")
                .isEqualTo(d.thirdParty());
        assertThat(saved.thirdParty().city()).isEqualTo("Villeurbanne");
        assertThat(saved.tags()).isEqualTo(d.tags());

        // the header's status and potential, each alone
        String page = pageAs(rep, record);
        for (String form : new String[] {"record-status-form", "record-potential-form"}) {
            MultiValueMap<String, String> fields = PageForm.fields(page, form);
            fields.set(
                    form.equals("record-status-form") ? "status" : "potential",
                    form.equals("record-status-form") ? "CONTACTED" : "high");
            as(
                            rep,
                            posting(record + (form.equals("record-status-form") ? "/status" : "/potential"), fields)
                                    .header("HX-Request", "true"))
                    .andExpect(status().isOk());
        }
        ThirdPartyDetails now = management.get(rep, d.thirdParty().id());
        assertThat(now.thirdParty())
                .usingRecursiveComparison()
                .ignoringFields("status", "potential", "version", "updatedAt")
                .isEqualTo(saved.thirdParty());
        assertThat(now.thirdParty().status().name()).isEqualTo("CONTACTED");
        assertThat(now.thirdParty().potential()).isEqualTo("high");
        assertThat(now.tags()).isEqualTo(saved.tags());
        assertThat(contactManagement.contacts(rep, d.thirdParty().id())).containsExactly(contact);
    }
}

package io.relance.party;

import static io.relance.workspace.WorkspaceFixture.speaking;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.MvcTest;
import io.relance.shared.RelanceUser;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The record page's timeline speaks the reader's language: a custom field by its label, values formatted (money,
 * dates, yes/no, a country's name), never the stored key or raw number.
 */
class TimelineDisplayIntegrationTests extends MvcTest {

    @Test
    void changedCustomFieldsShowTheirLabelAndFormattedValues() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser admin = acme.admin();
        send(admin, post("/api/v1/custom-fields"), "{\"key\":\"budget\",\"label\":\"Budget\",\"type\":\"AMOUNT\"}")
                .andExpect(status().is2xxSuccessful());
        send(admin, post("/api/v1/custom-fields"), "{\"key\":\"signed\",\"label\":\"Signed\",\"type\":\"CHECKBOX\"}")
                .andExpect(status().is2xxSuccessful());
        String id = com.jayway.jsonpath.JsonPath.read(
                mvc.perform(post("/api/v1/thirdparties")
                                .with(user(admin))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"name\":\"Dupont\",\"country\":\"FR\","
                                        + "\"customFields\":{\"budget\":\"12500\",\"signed\":false}}"))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        send(
                        admin,
                        patch("/api/v1/thirdparties/" + id),
                        "{\"version\":0,\"country\":\"DE\",\"customFields\":{\"budget\":\"12500.5\",\"signed\":true}}")
                .andExpect(status().is2xxSuccessful());

        String english = pageAs(admin, "/thirdparties/" + id + "?kind=changes", Locale.ENGLISH);
        assertThat(english)
                .contains("Budget", "€12,500.00", "€12,500.50", "Signed", "Yes", "Germany", "France")
                .doesNotContain("customFields.budget", "customFields.signed", "12500.5");

        String french = pageAs(speaking(admin, "fr"), "/thirdparties/" + id + "?kind=changes", Locale.FRENCH);
        assertThat(french).contains("Budget", "12\u202f500,50\u00a0€", "Oui", "Allemagne");
    }

    @Test
    void thePartysChangesAreInTheChangesFilter(@Autowired io.relance.history.EntryTypes entryTypes) {
        assertThat(entryTypes.group("changes"))
                .contains("party.merged", "party.owner-changed")
                .doesNotContain("history.call", "history.file-added");
    }
}

package io.relance.party.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.party.PageTest;
import io.relance.shared.RelanceUser;
import org.junit.jupiter.api.Test;

/** Every phone of a contact shows on the record page, ready to call; the mobile to text too. */
class ContactPhonesIntegrationTests extends PageTest {

    @Test
    void aContactsMobileShowsWithCallAndSmsLinks() throws Exception {
        RelanceUser rep = workspaces.rep();
        String id = thirdParties.of(rep).named("Dupont").createId();
        send(
                        rep,
                        post("/api/v1/thirdparties/" + id + "/contacts"),
                        "{\"firstName\":\"Ana\",\"lastName\":\"Lopez\",\"phone\":\"04 72 00 00 00\","
                                + "\"mobile\":\"06 12 34 56 78\"}")
                .andExpect(status().isCreated());
        String page = pageAs(rep, "/thirdparties/" + id);
        assertThat(page)
                .contains("href=\"tel:+33472000000\"", "href=\"tel:+33612345678\"", "href=\"sms:+33612345678\"")
                .contains("06 12 34 56 78");
    }
}

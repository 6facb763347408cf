package io.relance.followup.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.followup.TaskTest;
import io.relance.party.ThirdPartyId;
import io.relance.shared.RelanceUser;
import io.relance.workspace.WorkspaceFixture.Team;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The contact rules' pages: the record's banner right under its header, before its columns (a phone shows it first);
 * a contact's own rules on a page of its own, the same form as the third party's, changed by managers, read by whoever
 * sees the third party, reached by no one else.
 */
class ContactRulesPagesIntegrationTests extends TaskTest {

    private String page(RelanceUser who, String path) throws Exception {
        return body(as(who, get(path)).andExpect(status().isOk()));
    }

    @Test
    void theBannerSitsUnderTheRecordsHeaderBeforeItsColumns() throws Exception {
        Team team = workspaces.team();
        ThirdPartyId lambert = party(team.alice(), "Famille Lambert");
        String record = "/thirdparties/" + lambert;
        assertThat(page(team.alice(), record))
                .doesNotContain("id=\"contact-banner\"")
                .contains("id=\"contact-ok\"");

        send(team.alice(), post(record.replace("/thirdparties", "/api/v1/thirdparties") + "/history"), """
                        {"type": "CALL", "direction": "OUTBOUND", "summary": "Called about the roof"}""")
                .andExpect(status().isCreated());

        String page = page(team.alice(), record);
        int banner = page.indexOf("id=\"contact-banner\"");
        assertThat(banner)
                .isGreaterThan(page.indexOf("</header>", page.indexOf("record-header")))
                .isLessThan(page.indexOf("class=\"record-grid\""));
        assertThat(page.substring(banner, page.indexOf("</div>", banner)))
                .contains("Contacting now would break the contact rules", "At least 3 days between two contacts");
        assertThat(page).contains("see the warning at the top").doesNotContain("id=\"contact-ok\"");
    }

    @Test
    void aManagerGivesAContactItsOwnRulesOnItsPageARepReadsThemNoOneElseReachesThem() throws Exception {
        Team team = workspaces.team();
        ThirdPartyId lambert = party(team.alice(), "Famille Lambert");
        UUID jeanne = contact(team.alice(), lambert, "Lambert");
        String path = "/thirdparties/" + lambert + "/contacts/" + jeanne + "/contact-rules";
        assertThat(page(team.alice(), "/thirdparties/" + lambert)).contains("href=\"" + path + "\"");
        // a manager's record has the third party's form, the same as the contact's below
        assertThat(page(team.manager(), "/thirdparties/" + lambert))
                .contains("id=\"contact-rules-form\"", "A blank field keeps the workspace’s rule.");

        assertThat(page(team.manager(), path))
                .contains("Contact rules of Jeanne Lambert", "Back to Famille Lambert", "id=\"contact-rules-form\"")
                .contains("A blank field keeps the third party’s rule.", "As the third party");
        as(
                        team.manager(),
                        post(path)
                                .param("minDaysBetween", "10")
                                .param("preferredDays", "TUESDAY")
                                .param("version", "0"))
                .andExpect(redirectedUrl(path))
                .andExpect(flash().attributeExists("flash"));
        as(team.alice(), get("/api/v1/thirdparties/" + lambert + "/contacts/" + jeanne + "/contact-policy"))
                .andExpect(jsonPath("$.minDaysBetween").value(10))
                .andExpect(jsonPath("$.preferredDays[0]").value("TUESDAY"))
                .andExpect(jsonPath("$.version").value(1));

        // the rep reads them, marked as the contact's own, without the form; his post is refused
        assertThat(page(team.alice(), path))
                .contains("this contact", "Only a manager changes a contact’s rules.")
                .doesNotContain("id=\"contact-rules-form\"");
        as(team.alice(), post(path).param("minDaysBetween", "1").param("version", "1"))
                .andExpect(status().isForbidden());
        // hours out of order are said, nothing saved
        as(
                        team.manager(),
                        post(path)
                                .param("hoursFrom", "21:00")
                                .param("hoursTo", "08:00")
                                .param("version", "1"))
                .andExpect(redirectedUrl(path))
                .andExpect(flash().attributeExists("flash"));
        as(team.alice(), get("/api/v1/thirdparties/" + lambert + "/contacts/" + jeanne + "/contact-policy"))
                .andExpect(jsonPath("$.version").value(1));

        // another workspace, a rep who may not see the third party, a contact it has not: 404
        RelanceUser stranger = workspaces.create("Other").admin();
        as(stranger, get(path)).andExpect(status().isNotFound());
        as(stranger, post(path).param("minDaysBetween", "1").param("version", "1"))
                .andExpect(status().isNotFound());
        as(team.bob(), get(path)).andExpect(status().isNotFound());
        as(team.manager(), get("/thirdparties/" + lambert + "/contacts/" + UUID.randomUUID() + "/contact-rules"))
                .andExpect(status().isNotFound());
    }
}

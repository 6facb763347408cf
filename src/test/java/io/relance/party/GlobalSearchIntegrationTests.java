package io.relance.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

/** The search box finds a user's own third parties by name, code or phone, as text, and nobody else's. */
class GlobalSearchIntegrationTests extends PageTest {

    @Test
    void theSearchBoxFindsOnlyWhatTheUserMaySee() throws Exception {
        var team = workspaces.team();
        send(
                        team.alice(),
                        post("/api/v1/thirdparties"),
                        "{\"name\": \"Hôtel <b>Bellevue</b>\", \"phone\": \"+33 4 78 00 00 00\"}")
                .andExpect(status().isCreated());
        assertThat(pageAs(team.alice(), "/search?q=bellevue")).contains("Hôtel &lt;b&gt;Bellevue&lt;/b&gt;");
        assertThat(pageAs(team.alice(), "/search?q=04 78 00 00 00")).contains("Bellevue");
        assertThat(pageAs(team.bob(), "/search?q=bellevue")).doesNotContain("Bellevue");
        mvc.perform(get("/search?q=bellevue")
                        .with(user(workspaces.create("Other").admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Bellevue"))));
        mvc.perform(get("/search?q=bellevue")).andExpect(status().is3xxRedirection());
    }
}

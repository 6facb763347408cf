package io.relance.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

/** Admins define custom fields and the code mask in the settings; the forms then show them. */
class ThirdPartySettingsPagesIntegrationTests extends PageTest {

    @Test
    void anAdminDefinesACustomFieldThatTheFormShows() throws Exception {
        var acme = workspaces.create("Acme");
        mvc.perform(get("/settings/custom-fields").with(user(acme.admin()))).andExpect(status().isOk());
        as(acme.admin(), form(post("/settings/custom-fields"), "label=Budget", "key=Bad Key", "type=AMOUNT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));
        as(
                        acme.admin(),
                        form(
                                post("/settings/custom-fields"),
                                "label=Project type",
                                "key=project",
                                "type=CHOICE",
                                "options=Kitchen\nBathroom\nRoof"))
                .andExpect(redirectedUrl("/settings/custom-fields"));
        assertThat(pageAs(acme.admin(), "/thirdparties/new")).contains("Project type", "Bathroom");
        mvc.perform(get("/settings/custom-fields").with(user(acme.rep("Rep")))).andExpect(status().isForbidden());
    }

    @Test
    void aBadMaskIsExplainedAndAGoodOneIsUsedForTheNextCode() throws Exception {
        var acme = workspaces.create("Acme");
        assertThat(pageAs(acme.admin(), "/settings/numbering")).contains("CU{yy}{mm}-{0000}");
        as(acme.admin(), form(post("/settings/numbering"), "mask=CL{yy}-{xx}", "version=0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("{xx}")));
        as(acme.admin(), form(post("/settings/numbering"), "mask=CL{yyyy}-{00000+100}", "version=0"))
                .andExpect(redirectedUrl("/settings/numbering"));
        as(acme.admin(), form(post("/thirdparties/new"), "name=First under the new mask", "kind=prospect"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/thirdparties?q=first under").with(user(acme.admin())))
                .andExpect(content().string(org.hamcrest.Matchers.matchesRegex("(?s).*CL\\d{4}-00101.*")));
    }
}

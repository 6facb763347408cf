package io.relance.party;

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
        as(
                        acme.admin(),
                        post("/settings/custom-fields")
                                .param("label", "Budget")
                                .param("key", "Bad Key")
                                .param("type", "AMOUNT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));
        as(
                        acme.admin(),
                        post("/settings/custom-fields")
                                .param("label", "Project type")
                                .param("key", "project")
                                .param("type", "CHOICE")
                                .param("options", "Kitchen\nBathroom\nRoof"))
                .andExpect(redirectedUrl("/settings/custom-fields"));
        mvc.perform(get("/thirdparties/new").with(user(acme.admin())))
                .andExpect(content().string(containsString("Project type")))
                .andExpect(content().string(containsString("Bathroom")));
        mvc.perform(get("/settings/custom-fields").with(user(acme.rep("Rep")))).andExpect(status().isForbidden());
    }

    @Test
    void aBadMaskIsExplainedAndAGoodOneIsUsedForTheNextCode() throws Exception {
        var acme = workspaces.create("Acme");
        mvc.perform(get("/settings/numbering").with(user(acme.admin())))
                .andExpect(content().string(containsString("CU{yy}{mm}-{0000}")));
        as(
                        acme.admin(),
                        post("/settings/numbering").param("mask", "CL{yy}-{xx}").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("{xx}")));
        as(
                        acme.admin(),
                        post("/settings/numbering")
                                .param("mask", "CL{yyyy}-{00000+100}")
                                .param("version", "0"))
                .andExpect(redirectedUrl("/settings/numbering"));
        as(
                        acme.admin(),
                        post("/thirdparties/new")
                                .param("name", "First under the new mask")
                                .param("kind", "prospect"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/thirdparties?q=first under").with(user(acme.admin())))
                .andExpect(content().string(org.hamcrest.Matchers.matchesRegex("(?s).*CL\\d{4}-00101.*")));
    }
}

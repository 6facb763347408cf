package io.relance.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.MvcTest;
import io.relance.PageForm;
import io.relance.shared.RelanceUser;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The workspace's forms checked against a version (settings, profile, a user): after someone else's change the form
 * comes back as typed and told so, carrying the version now, so that posting it again saves (it used to be refused
 * until the page was reloaded and the changes typed again).
 */
class FormsAfterAStaleVersionIntegrationTests extends MvcTest {

    @Test
    void theSettingsFormSavesOnceShownAgainAfterAnotherAdminsChange() throws Exception {
        RelanceUser admin = workspaces.create("Acme").admin();
        savesAfterAStaleVersion(admin, "/settings", "settings-form", "name", "Acme Renovation");
    }

    @Test
    void theProfileFormSavesOnceShownAgainAfterAChangeElsewhere() throws Exception {
        RelanceUser rep = workspaces.rep();
        savesAfterAStaleVersion(rep, "/profile", "profile-form", "displayName", "Rep Martin");
    }

    @Test
    void theUserFormSavesOnceShownAgainAfterAnotherAdminsChange() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser rep = acme.rep("Rep");
        savesAfterAStaleVersion(
                acme.admin(), "/settings/users/" + rep.userId().value(), "user-form", "displayName", "Rep Martin");
    }

    private void savesAfterAStaleVersion(RelanceUser who, String page, String formId, String field, String value)
            throws Exception {
        MultiValueMap<String, String> read = PageForm.fields(body(as(who, get(page))), formId);
        // someone else saves first, from the same page
        as(who, post(page).params(read)).andExpect(status().is3xxRedirection());

        MultiValueMap<String, String> mine = new LinkedMultiValueMap<>(read);
        mine.set(field, value);
        String again = body(as(who, post(page).params(mine)).andExpect(status().isOk()));
        assertThat(again).contains("changed by someone else");
        MultiValueMap<String, String> shown = PageForm.fields(again, formId);
        assertThat(shown.getFirst(field)).isEqualTo(value);
        assertThat(Long.parseLong(shown.getFirst("version"))).isGreaterThan(Long.parseLong(read.getFirst("version")));

        as(who, post(page).params(shown)).andExpect(status().is3xxRedirection());
        assertThat(body(as(who, get(page)))).contains(value);
    }
}

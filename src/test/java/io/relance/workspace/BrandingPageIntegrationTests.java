package io.relance.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.MvcTest;
import io.relance.PageForm;
import io.relance.shared.RelanceUser;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.MultiValueMap;

/** Settings → Branding: an admin's form, errors beside the fields, the logo shown to his workspace only. */
class BrandingPageIntegrationTests extends MvcTest {

    @Autowired
    BrandingManagement brandings;

    @Test
    void anAdminSavesTextsAndALogoFromTheForm() throws Exception {
        RelanceUser admin = workspaces.create("Acme").admin();
        MultiValueMap<String, String> form =
                PageForm.fields(body(as(admin, get("/settings/branding")).andExpect(status().isOk())), "branding-form");
        form.set("companyName", "Acme Rénovation");
        form.set("iban", "DE89 3704 0044 0532 0130 00");
        form.set("footerText", "Merci & à bientôt <3");

        mvc.perform(multipart("/settings/branding")
                        .file(new MockMultipartFile("logo", "logo.jpg", "image/jpeg", Images.of("jpeg", 200, 80)))
                        .params(form)
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        Branding saved = brandings.branding(admin.workspaceId());
        assertThat(saved.companyName()).isEqualTo("Acme Rénovation");
        assertThat(saved.iban()).isEqualTo("DE89370400440532013000");
        assertThat(saved.logo().contentType()).isEqualTo("image/jpeg");
        String page = body(as(admin, get("/settings/branding")));
        assertThat(page).contains("Merci &amp; à bientôt &lt;3", "Branding saved");
        Matcher logo =
                Pattern.compile("src=\"(/settings/branding/logo/[0-9a-f-]+)\"").matcher(page);
        assertThat(logo.find()).isTrue();
        as(admin, get(logo.group(1))).andExpect(status().isOk());

        RelanceUser stranger = workspaces.create("Globex").admin();
        as(stranger, get(logo.group(1))).andExpect(status().isNotFound());
        assertThat(body(as(stranger, get("/settings/branding")))).doesNotContain("Acme Rénovation");
    }

    @Test
    void badFieldsComeBackBesideTheFieldsAndNothingIsSaved() throws Exception {
        RelanceUser admin = workspaces.create("Acme").admin();
        MultiValueMap<String, String> form =
                PageForm.fields(body(as(admin, get("/settings/branding"))), "branding-form");
        form.set("companyName", "Acme");
        form.set("email", "nope");
        form.set("iban", "FR00 1234");

        String page = body(mvc.perform(multipart("/settings/branding")
                        .file(new MockMultipartFile("logo", "logo.svg", "image/svg+xml", "<svg/>".getBytes()))
                        .params(form)
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(status().isOk()));

        assertThat(page)
                .contains("id=\"email-error\"", "Not a valid e-mail address.")
                .contains("id=\"iban-error\"", "Not a valid IBAN")
                .contains("id=\"logo-error\"", "PNG or JPEG")
                .contains("value=\"Acme\"");
        assertThat(brandings.branding(admin.workspaceId()).version()).isZero();
    }

    @Test
    void onlyAdminsOpenTheBrandingSettings() throws Exception {
        var acme = workspaces.create("Acme");
        as(acme.rep("Rep"), get("/settings/branding")).andExpect(status().isForbidden());
        as(acme.manager("Manager"), post("/settings/branding").param("version", "0"))
                .andExpect(status().isForbidden());
        assertThat(body(as(acme.admin(), get("/settings")))).contains("href=\"/settings/branding\"");
    }
}

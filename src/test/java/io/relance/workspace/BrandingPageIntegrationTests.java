package io.relance.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.MvcTest;
import io.relance.PageForm;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.Flash;
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

    /** The form's fields as a browser posts them: the file input is a part of its own, sent by the test. */
    private MultiValueMap<String, String> form(RelanceUser admin) throws Exception {
        MultiValueMap<String, String> form = PageForm.fields(pageAs(admin, "/settings/branding"), "branding-form");
        form.remove("logo");
        return form;
    }

    @Test
    void anAdminSavesTextsAndALogoFromTheForm() throws Exception {
        RelanceUser admin = workspaces.create("Acme").admin();
        MultiValueMap<String, String> form = form(admin);
        form.set("companyName", "Acme Rénovation");
        form.set("iban", "DE89 3704 0044 0532 0130 00");
        form.set("footerText", "Merci & à bientôt <3");

        as(
                        admin,
                        multipart("/settings/branding")
                                .file(new MockMultipartFile(
                                        "logo", "logo.jpg", "image/jpeg", Images.of("jpeg", 200, 80)))
                                .params(form))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", Flash.success("branding.saved")));

        Branding saved = brandings.branding(admin.workspaceId());
        assertThat(saved.companyName()).isEqualTo("Acme Rénovation");
        assertThat(saved.iban()).isEqualTo("DE89370400440532013000");
        assertThat(saved.logo().contentType()).isEqualTo("image/jpeg");
        String page = body(as(admin, get("/settings/branding")));
        assertThat(page).contains(">Merci &amp; ", " &lt;3</textarea>").doesNotContain("<3");
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
        MultiValueMap<String, String> form = form(admin);
        form.set("companyName", "Acme");
        form.set("email", "nope");
        form.set("iban", "FR00 1234");

        String page = body(as(
                        admin,
                        multipart("/settings/branding")
                                .file(new MockMultipartFile("logo", "logo.svg", "image/svg+xml", "<svg/>".getBytes()))
                                .params(form))
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
        as(acme.manager("Manager"), form(post("/settings/branding"), "version=0"))
                .andExpect(status().isForbidden());
        assertThat(body(as(acme.admin(), get("/settings")))).contains("href=\"/settings/branding\"");
    }
}

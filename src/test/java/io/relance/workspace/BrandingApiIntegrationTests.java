package io.relance.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.MvcTest;
import io.relance.shared.RelanceUser;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

/** The branding API: read by members, changed by admins, checked field by field, versioned, one per workspace. */
class BrandingApiIntegrationTests extends MvcTest {

    static final String BRANDING = "/api/v1/settings/branding";

    static String body(long version) {
        return """
                {"companyName": "Rénovation Łukasz SARL", "addressLine": "12 Große Straße\\nBâtiment B",
                 "postalCode": "75011", "city": "Paris", "country": "FR", "phone": "01 23 45 67 89",
                 "email": "Contact@Renovation.test", "website": "renovation.test",
                 "registrationNumber": "RCS Paris 123 456 789", "vatNumber": "fr12123456789",
                 "legalForm": "SARL au capital de 10 000 €", "bankName": "Banque Populaire",
                 "iban": "fr76 3000 6000 0112 3456 7890 189", "bic": "ccbpfrpp",
                 "footerText": "Merci !", "version": %d}""".formatted(version);
    }

    @Test
    void anAdminSavesTheBrandingOnceAndAStaleVersionIsRefused() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser admin = acme.admin();
        mvc.perform(get(BRANDING).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.companyName").doesNotExist())
                .andExpect(jsonPath("$.logo").doesNotExist());

        send(admin, put(BRANDING), body(0))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.companyName").value("Rénovation Łukasz SARL"))
                .andExpect(jsonPath("$.addressLine").value("12 Große Straße\nBâtiment B"))
                .andExpect(jsonPath("$.email").value("contact@renovation.test"))
                .andExpect(jsonPath("$.website").value("https://renovation.test"))
                .andExpect(jsonPath("$.vatNumber").value("FR12123456789"))
                .andExpect(jsonPath("$.iban").value("FR7630006000011234567890189"))
                .andExpect(jsonPath("$.bic").value("CCBPFRPP"));

        send(admin, put(BRANDING), body(0)).andExpect(status().isConflict());
        send(admin, put(BRANDING), body(1))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2));
        // a sales rep reads it (his quotes print it) but does not change it
        RelanceUser rep = acme.rep("Rep");
        mvc.perform(get(BRANDING).with(user(rep))).andExpect(jsonPath("$.city").value("Paris"));
        send(rep, put(BRANDING), body(2)).andExpect(status().isForbidden());
    }

    @Test
    void everyBadFieldIsReportedAtOnceAndNothingIsSaved() throws Exception {
        RelanceUser admin = workspaces.create("Acme").admin();
        String bad = """
                {"companyName": "%s", "addressLine": null, "country": "XX", "phone": "12",
                 "email": "not-an-email", "website": "not a site", "vatNumber": "FR/12",
                 "iban": "FR76 3000 6000 0112 3456 7890 188", "bic": "BNP", "postalCode": "75011\\n75012",
                 "footerText": "%s", "version": 0}""".formatted("x".repeat(121), "y".repeat(501));

        send(admin, put(BRANDING), bad)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field")
                        .value(containsInAnyOrder(
                                "companyName",
                                "country",
                                "phone",
                                "email",
                                "website",
                                "vatNumber",
                                "iban",
                                "bic",
                                "postalCode",
                                "footerText")))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
        send(admin, put(BRANDING), "{\"companyName\": \"Acme\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(get(BRANDING).with(user(admin)))
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void aLogoIsAPngOrAJpegOfOneWorkspaceOnly() throws Exception {
        RelanceUser admin = workspaces.create("Acme").admin();
        byte[] png = Images.of("png", 300, 100);

        String answer = body(mvc.perform(multipart(HttpMethod.PUT, BRANDING + "/logo")
                        .file(new MockMultipartFile("file", "logo.png", "image/png", png))
                        .param("version", "0")
                        .with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.logo.contentType").value("image/png"))
                .andExpect(jsonPath("$.logo.width").value(300))
                .andExpect(jsonPath("$.version").value(1)));
        String url = JsonPath.read(answer, "$.logo.url");
        byte[] served = mvc.perform(get(url).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(served).isEqualTo(png);

        // another workspace's admin does not reach it, and his own branding is his own
        RelanceUser stranger = workspaces.create("Globex").admin();
        mvc.perform(get(url).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(get(BRANDING).with(user(stranger)))
                .andExpect(jsonPath("$.logo").doesNotExist())
                .andExpect(jsonPath("$.version").value(0));

        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";
        mvc.perform(multipart(HttpMethod.PUT, BRANDING + "/logo")
                        .file(new MockMultipartFile("file", "logo.png", "image/png", svg.getBytes()))
                        .param("version", "1")
                        .with(user(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("logo"));
        mvc.perform(multipart(HttpMethod.PUT, BRANDING + "/logo")
                        .file(new MockMultipartFile("file", "huge.png", "image/png", Images.of("png", 2001, 10)))
                        .param("version", "1")
                        .with(user(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("logo"));

        mvc.perform(delete(BRANDING + "/logo").param("version", "0").with(user(admin)))
                .andExpect(status().isConflict());
        mvc.perform(delete(BRANDING + "/logo").param("version", "1").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.logo").doesNotExist());
        mvc.perform(get(url).with(user(admin))).andExpect(status().isNotFound());
    }
}

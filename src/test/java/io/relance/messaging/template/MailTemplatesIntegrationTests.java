package io.relance.messaging.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.MvcTest;
import io.relance.messaging.MailTemplates;
import io.relance.messaging.RenderedMail;
import io.relance.workspace.WorkspaceFixture.TestWorkspace;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * E-mail templates: every kind in four languages with its default wording, worded per workspace by admins only,
 * unknown merge fields refused by name, a stale version refused, values escaped in the HTML part, the sender's
 * signature from his profile; the settings page and its preview; another workspace keeps its own.
 */
class MailTemplatesIntegrationTests extends MvcTest {

    static final String URL = "/api/v1/mail-templates/quote.send/";

    @Autowired
    MailTemplates templates;

    TestWorkspace acme;

    @BeforeEach
    void aWorkspace() {
        acme = workspaces.create("Acme Renovation");
    }

    static Map<String, String> quoteValues(String client) {
        return Map.of(
                "client.name", client,
                "quote.number", "QU2612-0042",
                "quote.total", "1 234,56 €",
                "quote.validUntil", "31/12/2026",
                "quote.link", "https://relance.test/q/tok?a=1&b=2");
    }

    @Test
    void everyoneReadsTheKindsWithTheirFieldsAndTheDefaultWordingInFourLanguages() throws Exception {
        as(acme.rep("Rita Rep"), get("/api/v1/mail-templates"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.kind == 'quote.send')].label").value("Sending a quote"))
                .andExpect(jsonPath("$.items[?(@.kind == 'quote.send')].templates[*].language")
                        .value(hasItems("en", "fr", "es", "de")))
                .andExpect(jsonPath("$.items[?(@.kind == 'quote.send')].fields[*].key")
                        .value(hasItems(
                                "client.name",
                                "quote.number",
                                "quote.total",
                                "quote.validUntil",
                                "quote.link",
                                "sender.signature")))
                .andExpect(jsonPath("$.items[?(@.kind == 'quote.accepted')].label")
                        .value("Confirming an accepted quote to the client"))
                .andExpect(jsonPath("$.items[?(@.kind == 'quote.accepted.owner')].fields[*].key")
                        .value(hasItems("signer.name", "quote.acceptedAt", "quote.url", "sender.name")));
        as(acme.rep("Rita Rep"), get(URL + "fr"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subject").value("Devis {{quote.number}} de {{workspace.name}}"))
                .andExpect(jsonPath("$.custom").value(false))
                .andExpect(jsonPath("$.version").value(0));
        as(acme.admin(), get(URL + "it")).andExpect(status().isNotFound());
        as(acme.admin(), get("/api/v1/mail-templates/no.such-kind/en")).andExpect(status().isNotFound());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en,Hello Claire", "fr,Bonjour Claire", "es,Hola Claire", "de,Guten Tag Claire"})
    void theDefaultTemplateIsFilledInEachLanguage(String language, String greeting) {
        RenderedMail mail = templates.render(acme.admin(), "quote.send", language, quoteValues("Claire <Lambert>"));
        assertThat(mail.subject()).contains("QU2612-0042").contains("Acme Renovation");
        assertThat(mail.text())
                .startsWith(greeting)
                .contains("Claire <Lambert>")
                .contains("1 234,56 €")
                .contains("https://relance.test/q/tok?a=1&b=2")
                .endsWith("Ada Admin");
        assertThat(mail.html())
                .contains("Claire &lt;Lambert&gt;")
                .doesNotContain("<Lambert>")
                .contains("<a href=\"https://relance.test/q/tok?a=1&amp;b=2\">");
    }

    @Test
    void anAdminWordsATemplateUnknownFieldsAndStaleVersionsAreRefusedAndOtherWorkspacesKeepTheirs() throws Exception {
        String body = "{\"subject\":\"Your quote {{quote.number}}\",\"body\":\"Dear {{client.name}},\\n"
                + "{{quote.link}}\\n{{sender.signature}}\",\"version\":0}";
        send(acme.rep("Rita Rep"), put(URL + "en"), body).andExpect(status().isForbidden());
        send(acme.admin(), put(URL + "en"), body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.custom").value(true))
                .andExpect(jsonPath("$.version").value(1));
        send(acme.admin(), put(URL + "en"), body).andExpect(status().isConflict());
        send(
                        acme.admin(),
                        put(URL + "en"),
                        "{\"subject\":\"Quote {{quote.numero}}\",\"body\":\"Dear {{ client.nom }}\",\"version\":1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'subject')].message")
                        .value(hasItems(containsString("quote.numero"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'body')].message")
                        .value(hasItems(containsString("client.nom"))));
        send(acme.admin(), put(URL + "en"), "{\"subject\":\"Two\\nlines\",\"body\":\"x\",\"version\":1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("subject"));

        RenderedMail mail = templates.render(acme.rep("Rita Rep"), "quote.send", "en", quoteValues("Claire"));
        assertThat(mail.subject()).isEqualTo("Your quote QU2612-0042");
        assertThat(mail.text()).startsWith("Dear Claire,\n").endsWith("Rita Rep");

        TestWorkspace other = workspaces.create("Other");
        as(other.admin(), get(URL + "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.custom").value(false))
                .andExpect(jsonPath("$.subject").value(not(containsString("Your quote"))));
        send(other.admin(), put(URL + "en"), "{\"subject\":\"Theirs\",\"body\":\"Theirs\",\"version\":0}")
                .andExpect(status().isOk());
        as(acme.admin(), get(URL + "en")).andExpect(jsonPath("$.subject").value("Your quote {{quote.number}}"));

        as(acme.admin(), delete(URL + "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.custom").value(false));
        as(other.admin(), get(URL + "en")).andExpect(jsonPath("$.subject").value("Theirs"));
    }

    @Test
    void thePreviewFillsExampleValuesAndEscapesWhatIsTyped() throws Exception {
        send(
                        acme.admin(),
                        post(URL + "fr/preview"),
                        "{\"subject\":\"Devis {{quote.number}}\",\"body\":\"Bonjour {{client.name}} <script>x</script>\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subject").value("Devis QU2612-0007"))
                .andExpect(jsonPath("$.text").value("Bonjour Claire Lambert <script>x</script>"))
                .andExpect(jsonPath("$.html").value(containsString("Bonjour Claire Lambert &lt;script&gt;")));
    }

    @Test
    void theSendersSignatureComesFromHisProfile() throws Exception {
        var rep = acme.rep("Rita Rep");
        as(
                        rep,
                        post("/profile")
                                .param("version", "0")
                                .param("displayName", "Rita Rep")
                                .param("locale", "en")
                                .param("emailSignature", "Rita Rep\nAcme Renovation — 01 23 45 67 89"))
                .andExpect(status().is3xxRedirection());
        as(rep, get("/profile")).andExpect(content().string(containsString("01 23 45 67 89")));
        RenderedMail mail = templates.render(rep, "quote.send", "en", quoteValues("Claire"));
        assertThat(mail.text()).endsWith("Rita Rep\nAcme Renovation — 01 23 45 67 89");
        assertThat(mail.html()).contains("Rita Rep<br>\nAcme Renovation — 01 23 45 67 89");
    }

    @Test
    void theSettingsPageListsTheTemplatesAndEditsOneWithAPreviewForAdminsOnly() throws Exception {
        var admin = acme.admin();
        as(admin, get("/settings/mail-templates"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sending a quote")))
                .andExpect(content().string(containsString("edit-quote.send-de")));
        as(acme.rep("Rita Rep"), get("/settings/mail-templates")).andExpect(status().isForbidden());
        as(admin, get("/settings/mail-templates/quote.send/de"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Angebot {{quote.number}}")))
                .andExpect(content().string(containsString("{{client.name}}")))
                .andExpect(content().string(containsString("Guten Tag Claire Lambert")));
        as(admin, get("/settings/mail-templates/quote.send/xx")).andExpect(status().isNotFound());

        as(
                        admin,
                        post("/settings/mail-templates/quote.send/en")
                                .param("subject", "Quote {{quote.number}}")
                                .param("body", "Hi {{client.name}} {{oops}}")
                                .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Unknown merge field: oops")))
                .andExpect(content().string(containsString("Hi {{client.name}} {{oops}}")));
        as(
                        admin,
                        htmx(post("/settings/mail-templates/quote.send/en/preview"))
                                .param("subject", "Quote {{quote.number}}")
                                .param("body", "Hi {{client.name}} <b>"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hi Claire Lambert &lt;b&gt;")))
                .andExpect(content().string(not(containsString("<html"))));
        as(
                        admin,
                        post("/settings/mail-templates/quote.send/en")
                                .param("subject", "Quote {{quote.number}}")
                                .param("body", "Hi {{client.name}}")
                                .param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/settings/mail-templates/quote.send/en"));
        assertThat(templates.template(acme.id(), "quote.send", "en").custom()).isTrue();
        as(admin, post("/settings/mail-templates/quote.send/en/reset")).andExpect(status().is3xxRedirection());
        assertThat(templates.template(acme.id(), "quote.send", "en").custom()).isFalse();
    }
}

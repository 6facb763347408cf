package io.relance.inquiry.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.relance.inquiry.InquiryTest;
import io.relance.shared.RelanceUser;
import io.relance.workspace.WorkspaceFixture.TestWorkspace;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Lead e-mails fetched over IMAP from GreenMail: each taken once by Message-ID, unreadable ones kept as failed. */
class MailboxPollingIntegrationTests extends InquiryTest {

    @Autowired
    MailboxPolling polling;

    @Autowired
    JdbcClient jdbc;

    GreenMail imap;

    @BeforeEach
    void start() {
        imap = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        imap.start();
        imap.setUser("leads@agency.test", "leads", "secret-imap");
    }

    @AfterEach
    void stop() {
        imap.stop();
    }

    private MimeMessage mail(String id, String from, String subject) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", id);
            }
        };
        m.setFrom(new InternetAddress(from));
        m.setRecipients(MimeMessage.RecipientType.TO, "leads@agency.test");
        m.setSubject(subject, "UTF-8");
        return m;
    }

    private void deliver(MimeMessage m) throws Exception {
        m.saveChanges();
        imap.getUserManager().getUser("leads").deliver(m);
    }

    private MimeMessage withXml(String id, String fixture) throws Exception {
        MimeMessage m = mail(id, "feedback@portal.example", "OpenImmo-Feedback");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Anbei eine Anfrage.", "UTF-8");
        MimeBodyPart xml = new MimeBodyPart();
        try (InputStream in = getClass().getResourceAsStream("/inquiry/openimmo/" + fixture)) {
            xml.setContent(new String(in.readAllBytes(), StandardCharsets.UTF_8), "application/xml; charset=UTF-8");
        }
        xml.setFileName(fixture);
        m.setContent(new MimeMultipart(text, xml));
        return m;
    }

    @Test
    void eachLeadMailIsTakenOnceAndAnUnreadableOneIsKeptWithWhy() throws Exception {
        TestWorkspace acme = workspaces.create("Acme");
        RelanceUser admin = acme.admin();
        RelanceUser rep = acme.rep("Rep");
        object(admin, "MUC-4711");
        send(admin, put("/api/v1/settings/inquiry-mailbox"), """
                        {"host": "127.0.0.1", "port": %d, "ssl": false, "username": "leads",
                         "password": "secret-imap", "actingUserId": "%s"}""".formatted(
                                imap.getImap().getPort(), rep.userId().value()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.passwordSet").value(true))
                .andExpect(jsonPath("$.password").doesNotExist());

        MimeMessage lead = mail("<lead-1@portal.example>", "ImmoScout24 <noreply@portal.example>", "Neue Anfrage");
        lead.setText("""
                Sie haben eine neue Anfrage erhalten.

                Objekt-Nr.: MUC-4711
                Vorname: Jonas
                Nachname: Weber
                E-Mail: jonas.weber@example.test
                Telefon: +49 30 1234567
                Nachricht: Ist die Wohnung noch frei?
                Wir suchen ab März.
                """, "UTF-8");
        deliver(lead);
        deliver(withXml("<xml-1@portal.example>", "one-inquiry.xml"));
        deliver(withXml("<xml-2@portal.example>", "malformed.xml"));
        MimeMessage chat = mail("<hello@example.test>", "friend@example.test", "Hello");
        chat.setText("Just saying hello.", "UTF-8");
        deliver(chat);

        assertThat(polling.pollAll()).isEqualTo(4);

        List<String> statuses = jdbc.sql("SELECT status || ':' || channel || ':' || COALESCE(email, '-') FROM inquiries"
                        + " WHERE workspace_id = ? ORDER BY email")
                .params(acme.id().value())
                .query(String.class)
                .list();
        assertThat(statuses)
                .containsExactlyInAnyOrder(
                        "MATCHED:MAIL:jonas.weber@example.test",
                        "MATCHED:MAIL:anna.schmidt@example.test",
                        "FAILED:MAIL:-",
                        "FAILED:MAIL:-");
        send(rep, get("/api/v1/inquiries?status=matched"), "")
                .andExpect(jsonPath("$.items[?(@.email == 'jonas.weber@example.test')].message")
                        .value("Ist die Wohnung noch frei?\nWir suchen ab März."))
                .andExpect(jsonPath("$.items[?(@.email == 'jonas.weber@example.test')].source")
                        .value("ImmoScout24"))
                .andExpect(jsonPath("$.items[?(@.email == 'jonas.weber@example.test')].objectReference")
                        .value("MUC-4711"));
        send(rep, get("/api/v1/inquiries?status=failed"), "")
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[?(@.failure =~ /.*line 8, column.*/)]")
                        .isNotEmpty())
                .andExpect(jsonPath("$.items[?(@.failure == 'no inquiry found in the e-mail')]")
                        .isNotEmpty());
        assertThat(jdbc.sql("SELECT raw FROM inquiries WHERE workspace_id = ? AND failure LIKE '%line 8%'")
                        .params(acme.id().value())
                        .query(String.class)
                        .single())
                .as("the e-mail kept as it came")
                .contains("Message-ID: <xml-2@portal.example>");
        assertThat(pageAs(rep, "/inquiries")).contains("line 8, column");

        deliver(withXml("<xml-1@portal.example>", "one-inquiry.xml")); // the portal sends it again
        assertThat(polling.pollAll()).as("a second poll takes nothing twice").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM inquiries WHERE workspace_id = ?")
                        .params(acme.id().value())
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
        send(admin, get("/api/v1/settings/inquiry-mailbox"), "")
                .andExpect(jsonPath("$.lastPolledAt").isNotEmpty())
                .andExpect(jsonPath("$.lastError").doesNotExist());
    }

    @Test
    void onlyAdminsSetTheMailboxAndAnotherWorkspaceHasNone() throws Exception {
        TestWorkspace acme = workspaces.create("Acme");
        send(acme.admin(), put("/api/v1/settings/inquiry-mailbox"), "{\"host\": \"\", \"port\": 0}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.hasItems("host", "port", "username", "password")));
        send(acme.admin(), put("/api/v1/settings/inquiry-mailbox"), """
                        {"host": "imap.agency.test", "username": "leads", "password": "pw",
                         "actingUserId": "00000000-0000-7000-8000-000000000000"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("actingUserId"));
        send(acme.admin(), put("/api/v1/settings/inquiry-mailbox"), """
                        {"host": "imap.agency.test", "username": "leads", "password": "pw", "enabled": false}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.port").value(993));
        send(acme.rep("Rep"), get("/api/v1/settings/inquiry-mailbox"), "").andExpect(status().isForbidden());
        send(workspaces.create("Other").admin(), get("/api/v1/settings/inquiry-mailbox"), "")
                .andExpect(status().isNotFound());
    }
}

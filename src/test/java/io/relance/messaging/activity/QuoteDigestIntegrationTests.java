package io.relance.messaging.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.messaging.ReceivedMail;
import io.relance.shared.RelanceUser;
import io.relance.workspace.ProfileChanges;
import io.relance.workspace.WorkspaceFixture.TestWorkspace;
import io.relance.workspace.WorkspaceManagement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The daily digest (GreenMail), driven by moving the application's clock and running the job's work: nothing before
 * the workspace's hour (12:30 Europe/Paris by default), one e-mail per owner of opened open quotes at it, each with
 * only his own quotes (never another workspace's), nothing twice (a second round, a restart mid-run), nothing
 * without news; the hour is a workspace setting (page and API, validated).
 *
 * <p>Other tests' workspaces may get digests in the same rounds: every check is on one recipient's mailbox.
 */
class QuoteDigestIntegrationTests extends QuoteActivityMailTest {

    @Autowired
    QuoteDigest digest;

    @Autowired
    WorkspaceManagement management;

    TestWorkspace acme;
    RelanceUser rita;
    RelanceUser paul;
    LocalDate day;

    @BeforeEach
    void twoReps() {
        acme = workspaces.create("Acme Renovation");
        rita = acme.rep("Rita Rep");
        paul = acme.rep("Paul Rep");
        day = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1);
    }

    /** The test clock at this time in Paris (the workspaces' time zone) of the test's day, plus days. */
    void at(int plusDays, String parisTime) {
        clock.setTo(day.plusDays(plusDays)
                .atTime(LocalTime.parse(parisTime))
                .atZone(ZoneId.of("Europe/Paris"))
                .toInstant());
    }

    /** One round of the job, then the outbox of the workspace delivered. */
    void digestRound(TestWorkspace... delivered) {
        digest.run();
        for (TestWorkspace ws : delivered) {
            deliver(ws.id());
        }
    }

    @Test
    void eachOwnerGetsOneDigestAtTheWorkspaceHourWithHisOwnOpenedQuotesOnlyAndNeverTwice() throws Exception {
        at(0, "08:00");
        SentQuote lambert = sentQuote(rita, "Famille Lambert");
        SentQuote martin = sentQuote(rita, "Famille Martin"); // never opened: not in the digest
        SentQuote durand = sentQuote(paul, "Famille Durand");
        TestWorkspace globex = workspaces.create("Globex");
        RelanceUser gina = globex.rep("Gina Globex");
        SentQuote other = sentQuote(gina, "Other Client");
        openedOn(lambert, "client-phone");
        openedOn(lambert, "client-laptop");
        openedOn(durand, "client-phone");
        openedOn(other, "client-phone");

        at(0, "12:29"); // not yet
        digestRound(acme, globex);
        assertThat(receivedBy(rita.email())).isEmpty();
        assertThat(receivedBy(paul.email())).isEmpty();

        at(0, "12:31");
        digestRound(acme, globex);
        List<ReceivedMail> ritas = receivedBy(rita.email());
        assertThat(ritas).hasSize(1);
        assertThat(subject(ritas.get(0))).contains("Your quotes on").endsWith(": 1 opened");
        assertThat(ritas.get(0).text())
                .contains("Hello Rita Rep,")
                .contains("Quote " + number(lambert) + " · Famille Lambert")
                .contains("Opens: 2 new, 2 in all · distinct visitors: 2 · last open: ")
                .contains("(Europe/Paris)")
                .contains("http://localhost:8080/quotes/" + lambert.id())
                .doesNotContain(number(martin))
                .doesNotContain("Famille Durand")
                .doesNotContain("Other Client");
        List<ReceivedMail> pauls = receivedBy(paul.email());
        assertThat(pauls).hasSize(1);
        assertThat(pauls.get(0).text())
                .contains("Famille Durand")
                .contains("Opens: 1 new, 1 in all")
                .doesNotContain("Famille Lambert")
                .doesNotContain("Other Client");
        List<ReceivedMail> ginas = receivedBy(gina.email());
        assertThat(ginas).hasSize(1);
        assertThat(ginas.get(0).text()).contains("Other Client").doesNotContain("Famille");

        digestRound(acme, globex); // a second round the same day
        at(0, "19:00");
        digestRound(acme, globex);
        assertThat(receivedBy(rita.email())).hasSize(1);
        assertThat(receivedBy(paul.email())).hasSize(1);

        at(1, "12:31"); // the next day, nothing new: nothing to say
        digestRound(acme, globex);
        assertThat(receivedBy(rita.email())).hasSize(1);
        assertThat(receivedBy(paul.email())).hasSize(1);

        at(1, "16:00"); // opened again after the next day's digest: in the one after
        openedOn(lambert, "client-phone");
        at(2, "12:29");
        digestRound(acme, globex);
        assertThat(receivedBy(rita.email())).hasSize(1);
        at(2, "12:31");
        digestRound(acme, globex);
        ritas = receivedBy(rita.email());
        assertThat(ritas).hasSize(2);
        assertThat(ritas.get(1).text()).contains("Opens: 1 new, 3 in all · distinct visitors: 2");
        assertThat(receivedBy(paul.email())).hasSize(1);
    }

    @Test
    void aRestartInTheMiddleOfARunSendsNobodyHisDigestTwice() throws Exception {
        at(0, "08:00");
        SentQuote lambert = sentQuote(rita, "Famille Lambert");
        openedOn(lambert, "client-phone");
        at(0, "12:31");
        digestRound(acme);
        assertThat(receivedBy(rita.email())).hasSize(1);

        // the node died after Rita's e-mail was queued, before the run was marked done
        jdbc.sql("UPDATE mail_digest_runs SET completed_at = NULL WHERE workspace_id = ?")
                .param(acme.id().value())
                .update();
        at(0, "12:45");
        digestRound(acme);
        assertThat(receivedBy(rita.email())).hasSize(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_digest_recipients WHERE workspace_id = ?")
                        .param(acme.id().value())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theDigestGoesAtTheHourTheAdminChoseAndGivesTheAdviceInTheOwnersLanguage() throws Exception {
        send(acme.admin(), get("/api/v1/digest-settings"), "")
                .andExpect(jsonPath("$.time").value("12:30"))
                .andExpect(jsonPath("$.version").value(0));
        send(acme.admin(), put("/api/v1/digest-settings"), "{\"time\": \"08:00\", \"version\": 0}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.time").value("08:00"))
                .andExpect(jsonPath("$.version").value(1));
        management.updateProfile(
                paul, new ProfileChanges(management.profile(paul).version(), "Paul Rep", "de", null, null));
        at(0, "06:00");
        SentQuote durand = sentQuote(paul, "Familie Durand", day.plusDays(1).toString());
        openedOn(durand, "client-phone");

        at(0, "07:59");
        digestRound(acme);
        assertThat(receivedBy(paul.email())).isEmpty();
        at(0, "08:01");
        digestRound(acme);
        List<ReceivedMail> pauls = receivedBy(paul.email());
        assertThat(pauls).hasSize(1);
        assertThat(subject(pauls.get(0))).startsWith("Ihre Angebote am");
        assertThat(pauls.get(0).text())
                .contains("Hallo Paul Rep,")
                .contains("Öffnungen: 1 neu, 1 insgesamt")
                .contains("Empfehlung: ")
                .contains("um 08:00 (Europe/Paris)");
    }

    @Test
    void theHourIsValidatedAndOnlyAnAdminChangesItForHisOwnWorkspace() throws Exception {
        RelanceUser admin = acme.admin();
        sendRefused(admin, put("/api/v1/digest-settings"), "{\"time\": \"25:00\", \"version\": 0}", "time");
        sendRefused(admin, put("/api/v1/digest-settings"), "{\"time\": \"\", \"version\": 0}", "time");
        sendRefused(admin, put("/api/v1/digest-settings"), "{\"time\": \"08:00\"}", "version");
        send(rita, put("/api/v1/digest-settings"), "{\"time\": \"08:00\", \"version\": 0}")
                .andExpect(status().isForbidden());
        send(rita, get("/api/v1/digest-settings"), "").andExpect(status().isOk());
        as(rita, get("/settings/quote-digest")).andExpect(status().isForbidden());

        send(admin, put("/api/v1/digest-settings"), "{\"time\": \"07:45\", \"version\": 0}")
                .andExpect(status().isOk());
        send(admin, put("/api/v1/digest-settings"), "{\"time\": \"09:00\", \"version\": 0}")
                .andExpect(status().isConflict());
        RelanceUser otherAdmin = workspaces.create("Globex").admin();
        send(otherAdmin, get("/api/v1/digest-settings"), "")
                .andExpect(jsonPath("$.time").value("12:30"))
                .andExpect(jsonPath("$.version").value(0));

        String page = body(as(admin, get("/settings/quote-digest")).andExpect(status().isOk()));
        assertThat(page).contains("value=\"07:45\"").contains("Europe/Paris");
        String refused = body(
                as(admin, post("/settings/quote-digest").param("time", "7h").param("version", "1"))
                        .andExpect(status().isOk()));
        assertThat(refused)
                .contains("Type an hour between 00:00 and 23:59")
                .containsPattern("type=\"text\"[^>]*value=\"7h\""); // given back as typed, not in a time field
        as(admin, post("/settings/quote-digest").param("time", "18:15").param("version", "1"))
                .andExpect(redirectedUrl("/settings/quote-digest"));
        send(admin, get("/api/v1/digest-settings"), "")
                .andExpect(jsonPath("$.time").value("18:15"));
    }
}

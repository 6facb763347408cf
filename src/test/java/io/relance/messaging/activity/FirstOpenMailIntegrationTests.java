package io.relance.messaging.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.messaging.ReceivedMail;
import io.relance.shared.RelanceUser;
import io.relance.tracking.LinksOpened;
import io.relance.workspace.ProfileChanges;
import io.relance.workspace.WorkspaceFixture.TestWorkspace;
import io.relance.workspace.WorkspaceManagement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The e-mail on a quote's first open (GreenMail): sent once to the owner who asked for it on his profile, in his
 * language, with the number, the third party, the time in the workspace's time zone and the link to the quote; none
 * for an owner who did not ask, none on the second open, none again when the event comes twice.
 */
class FirstOpenMailIntegrationTests extends QuoteActivityMailTest {

    @Autowired
    WorkspaceManagement workspaceManagement;

    @Autowired
    FirstOpenMail firstOpenMail;

    TestWorkspace acme;
    RelanceUser rep;

    @BeforeEach
    void aRep() {
        acme = workspaces.create("Acme Renovation");
        rep = acme.rep("Rita Rep");
    }

    void wantsTheEmail(RelanceUser who) throws Exception {
        send(who, put("/api/v1/me/preferences"), "{\"emailOnFirstOpen\": true}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.emailOnFirstOpen").value(true));
    }

    /** Waits until the listener has taken the open, then delivers the outbox: what reached the owner. */
    List<ReceivedMail> afterTheListener(SentQuote quote, int reactions) {
        await().atMost(Duration.ofSeconds(20)).until(() -> firstOpenReactions(quote) >= reactions);
        deliver(acme.id());
        return receivedBy(rep.email());
    }

    @Test
    void theFirstOpenEmailsTheOwnerWhoAskedForItOnceWithTheQuoteTheClientTheTimeAndTheLink() throws Exception {
        Instant openedAt = Instant.parse(LocalDate.now(ZoneOffset.UTC).plusDays(1) + "T09:15:00Z");
        clock.setTo(openedAt);
        wantsTheEmail(rep);
        SentQuote quote = sentQuote(rep, "Famille Lambert");
        String number = number(quote);

        openedOn(quote, "client-phone");
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            deliver(acme.id());
            return receivedBy(rep.email()).size() == 1;
        });
        ReceivedMail mail = receivedBy(rep.email()).get(0);
        assertThat(subject(mail)).isEqualTo("Famille Lambert opened quote " + number);
        assertThat(mail.text())
                .contains("Hello Rita Rep,")
                .contains("Famille Lambert opened quote " + number + " for the first time")
                .contains(ActivityMailText.moment(openedAt, ZoneId.of("Europe/Paris"), Locale.ENGLISH))
                .contains("http://localhost:8080/quotes/" + quote.id());

        openedOn(quote, "client-laptop"); // a second open: no e-mail
        assertThat(afterTheListener(quote, 2)).hasSize(1);
    }

    @Test
    void noEmailForAnOwnerWhoDidNotAskForIt() throws Exception {
        send(rep, get("/api/v1/me"), "")
                .andExpect(jsonPath("$.emailOnFirstOpen").value(false));
        SentQuote quote = sentQuote(rep, "Famille Martin");
        openedOn(quote, "client-phone");
        assertThat(afterTheListener(quote, 1)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE workspace_id = ?")
                        .param(acme.id().value())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void theSameFirstOpenTwiceAnotherNodeOrARetrySendsOneEmail() throws Exception {
        wantsTheEmail(rep);
        SentQuote quote = sentQuote(rep, "Famille Durand");
        openedOn(quote, "client-phone");
        assertThat(afterTheListener(quote, 1)).hasSize(1);

        // the event again, as a retry after a crash or another node would deliver it
        firstOpenMail.mailOwners(new LinksOpened(
                acme.id(), "quote", List.of(new LinksOpened.Open(UUID.fromString(quote.id()), true, clock.instant()))));
        deliver(acme.id());
        assertThat(receivedBy(rep.email())).hasSize(1);
    }

    @Test
    void theEmailIsInTheOwnersLanguage() throws Exception {
        workspaceManagement.updateProfile(
                rep,
                new ProfileChanges(workspaceManagement.profile(rep).version(), rep.displayName(), "fr", null, true));
        SentQuote quote = sentQuote(rep, "Famille Lefèvre");
        String number = number(quote);
        openedOn(quote, "client-phone");
        List<ReceivedMail> received = afterTheListener(quote, 1);
        assertThat(received).hasSize(1);
        assertThat(subject(received.get(0))).isEqualTo("Famille Lefèvre a ouvert le devis " + number);
        assertThat(received.get(0).text()).contains("Bonjour Rita Rep,").contains("pour la première fois");
    }

    @Test
    void theProfilePageTurnsTheEmailOnAndOff() throws Exception {
        long version = workspaceManagement.profile(rep).version();
        as(
                        rep,
                        post("/profile")
                                .param("version", String.valueOf(version))
                                .param("displayName", "Rita Rep")
                                .param("locale", "en")
                                .param("emailOnFirstOpen", "true"))
                .andExpect(redirectedUrl("/profile"));
        assertThat(workspaceManagement.wantsEmailOnFirstOpen(acme.id(), rep.userId()))
                .isTrue();
        assertThat(body(as(rep, get("/profile")))).containsPattern("id=\"emailOnFirstOpen\"[^>]*checked");
        as(
                        rep,
                        post("/profile")
                                .param("version", String.valueOf(version + 1))
                                .param("displayName", "Rita Rep")
                                .param("locale", "en"))
                .andExpect(redirectedUrl("/profile"));
        assertThat(workspaceManagement.wantsEmailOnFirstOpen(acme.id(), rep.userId()))
                .isFalse();
        send(rep, put("/api/v1/me/preferences"), "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("emailOnFirstOpen"));
    }
}

package io.relance.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.history.HistoryEvent;
import io.relance.history.HistoryManagement;
import io.relance.history.Target;
import io.relance.messaging.MailAttachment;
import io.relance.messaging.MailFailed;
import io.relance.messaging.MailId;
import io.relance.messaging.MailSent;
import io.relance.messaging.MailState;
import io.relance.messaging.MailTest;
import io.relance.messaging.OutboundMail;
import io.relance.messaging.Outbox;
import io.relance.messaging.OutboxEntry;
import io.relance.messaging.ReceivedMail;
import io.relance.messaging.Smtp;
import io.relance.shared.AdjustableClock;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import io.relance.workspace.WorkspaceFixture.TestWorkspace;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The outbox against a real SMTP server (GreenMail): an e-mail is delivered once with its Message-ID, its parts and
 * attachments; a server that refuses connections is retried with back-off as the clock moves, then the e-mail goes
 * once; a node that dies after claiming, or whose lease ran out, never makes an e-mail go twice; one that dies during
 * the hand-over leaves it UNKNOWN for a person, who may send it again. Jobs are run by hand at the chosen instant.
 */
@RecordApplicationEvents
class OutboxDeliveryIntegrationTests extends MailTest {

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxDelivery delivery;

    @Autowired
    OutboxMessages messages;

    @Autowired
    HistoryManagement history;

    @Autowired
    AdjustableClock clock;

    @Autowired
    ApplicationEvents events;

    @Value("${relance.mail.lease:PT5M}")
    Duration lease;

    TestWorkspace acme;
    RelanceUser rep;
    Target quote;
    Target party;

    @BeforeEach
    void aRepWithAQuote() {
        acme = workspaces.create("Acme Renovation");
        rep = acme.rep("Rita Rep");
        quote = new Target("QUOTE", UUID.randomUUID());
        party = Target.thirdParty(UUID.randomUUID());
        clock.setTo(Instant.parse("2026-12-01T09:00:00Z"));
    }

    @AfterEach
    void serverBackOn() {
        Smtp.start();
    }

    MailId enqueue(String subject) {
        return outbox.enqueue(OutboundMail.from(
                        rep,
                        List.of("claire@lambert.test"),
                        subject,
                        "Hello <b>Claire</b>,\n\n" + "Your quote: https://relance.test/q/abc?x=1&y=2\n\nRita")
                .about(quote, party));
    }

    OutboxMessage row(MailId id) {
        return messages.find(acme.id(), id).orElseThrow();
    }

    List<MimeMessage> received(MailId id) {
        return Smtp.withMessageId(row(id).messageId());
    }

    List<HistoryEvent> timeline(Target target, String kind) {
        return history.timeline(acme.id().value(), target, Set.of(kind), PageRequest.of(50, null))
                .items();
    }

    @Test
    void aQueuedEmailIsDeliveredOnceWithItsMessageIdItsPartsAndAttachmentAndShowsOnBothTimelines() throws Exception {
        byte[] pdf = "%PDF-1.7 quote".getBytes(StandardCharsets.US_ASCII);
        MailId id = outbox.enqueue(OutboundMail.from(
                        rep,
                        List.of("claire@lambert.test"),
                        "Quote QU2612-0001",
                        "Hello <b>Claire</b>,\n\nSee " + "https://relance.test/q/abc?x=1&y=2")
                .about(quote, party)
                .withAttachments(List.of(new MailAttachment("QU2612-0001.pdf", "application/pdf", pdf))));
        assertThat(row(id).state()).isEqualTo(MailState.QUEUED);
        assertThat(row(id).messageId()).isEqualTo("<" + id + "@relance.test>");
        assertThat(received(id)).isEmpty();

        assertThat(delivery.run(acme.id())).isEqualTo(1);

        assertThat(received(id)).hasSize(1);
        ReceivedMail mail = ReceivedMail.of(received(id).get(0));
        assertThat(mail.message().getSubject()).isEqualTo("Quote QU2612-0001");
        InternetAddress from = (InternetAddress) mail.message().getFrom()[0];
        assertThat(from.getAddress()).isEqualTo(Smtp.FROM);
        assertThat(from.getPersonal()).isEqualTo("Rita Rep");
        assertThat(((InternetAddress) mail.message().getReplyTo()[0]).getAddress())
                .isEqualTo(rep.email());
        assertThat(mail.text()).contains("Hello <b>Claire</b>");
        assertThat(mail.html())
                .contains("Hello &lt;b&gt;Claire&lt;/b&gt;")
                .contains("<a href=\"https://relance.test/q/abc?x=1&amp;y=2\">")
                .doesNotContain("<b>");
        assertThat(mail.attachments()).containsOnlyKeys("QU2612-0001.pdf");
        assertThat(mail.attachments().get("QU2612-0001.pdf")).isEqualTo(pdf);

        OutboxMessage sent = row(id);
        assertThat(sent.state()).isEqualTo(MailState.SENT);
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.sentAt()).isNotNull();
        assertThat(messages.attachments(acme.id(), id)).isEmpty();
        assertThat(delivery.run(acme.id())).isZero();
        assertThat(received(id)).hasSize(1);

        List<HistoryEvent> onQuote = timeline(quote, MailEntryTypes.SENT);
        assertThat(onQuote).singleElement().satisfies(e -> {
            assertThat(e.summary()).isEqualTo("Quote QU2612-0001");
            assertThat(e.snapshot()).containsEntry("to", "claire@lambert.test");
            assertThat(e.snapshot()).containsEntry("attachments", "QU2612-0001.pdf");
            assertThat(e.body()).contains("Hello &lt;b&gt;Claire");
            assertThat(e.actorId()).isEqualTo(rep.userId().value());
        });
        assertThat(timeline(party, MailEntryTypes.SENT)).hasSize(1);
        assertThat(events.stream(MailSent.class).filter(e -> e.mailId().equals(id)))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.targetType()).isEqualTo("QUOTE");
                    assertThat(e.targetId()).isEqualTo(quote.id());
                    assertThat(e.to()).containsExactly("claire@lambert.test");
                });
    }

    @Test
    void aFailingSmtpServerIsRetriedWithBackOffAsTheClockMovesThenTheEmailGoesOnce() {
        Smtp.stop();
        MailId id = enqueue("Quote QU2612-0002");
        Instant start = clock.instant();

        assertThat(delivery.run(acme.id())).isZero();
        OutboxMessage first = row(id);
        assertThat(first.state()).isEqualTo(MailState.QUEUED);
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.lastError()).isNotBlank();
        assertThat(Duration.between(start, first.nextAttemptAt()))
                .isBetween(Duration.ofSeconds(59), Duration.ofSeconds(70));

        assertThat(delivery.run(acme.id())).isZero(); // not due yet: nothing tried
        assertThat(row(id).attempts()).isEqualTo(1);

        clock.setTo(first.nextAttemptAt().plusSeconds(1));
        assertThat(delivery.run(acme.id())).isZero();
        OutboxMessage second = row(id);
        assertThat(second.attempts()).isEqualTo(2);
        assertThat(Duration.between(clock.instant(), second.nextAttemptAt()))
                .isBetween(Duration.ofSeconds(115), Duration.ofSeconds(125));

        clock.setTo(second.nextAttemptAt().plusSeconds(1));
        assertThat(delivery.run(acme.id())).isZero();
        OutboxMessage third = row(id);
        assertThat(third.attempts()).isEqualTo(3);
        assertThat(Duration.between(clock.instant(), third.nextAttemptAt()))
                .isBetween(Duration.ofSeconds(235), Duration.ofSeconds(245));
        assertThat(timeline(quote, MailEntryTypes.SENT)).isEmpty();

        Smtp.start();
        clock.setTo(third.nextAttemptAt().plusSeconds(1));
        assertThat(delivery.run(acme.id())).isEqualTo(1);
        assertThat(received(id)).hasSize(1);
        assertThat(row(id).state()).isEqualTo(MailState.SENT);
        assertThat(row(id).attempts()).isEqualTo(4);
        assertThat(delivery.run(acme.id())).isZero();
        assertThat(received(id)).hasSize(1);
        assertThat(timeline(quote, MailEntryTypes.SENT)).hasSize(1);
    }

    @Test
    void afterEveryAttemptFailedTheEmailIsGivenUpAndTheTimelineSaysSo() {
        Smtp.stop();
        MailId id = enqueue("Quote QU2612-0003");
        for (int attempt = 1; attempt <= 10; attempt++) {
            delivery.run(acme.id());
            OutboxMessage now = row(id);
            assertThat(now.attempts()).isEqualTo(attempt);
            if (attempt < 10) {
                assertThat(now.state()).isEqualTo(MailState.QUEUED);
                clock.setTo(now.nextAttemptAt().plusSeconds(1));
            }
        }
        assertThat(row(id).state()).isEqualTo(MailState.FAILED);
        Smtp.start();
        clock.advance(Duration.ofDays(1));
        assertThat(delivery.run(acme.id())).isZero();
        assertThat(received(id)).isEmpty();
        assertThat(timeline(quote, MailEntryTypes.FAILED))
                .singleElement()
                .satisfies(e -> assertThat(e.snapshot()).containsEntry("state", "FAILED"));
        assertThat(timeline(party, MailEntryTypes.FAILED)).hasSize(1);
        assertThat(events.stream(MailFailed.class).filter(e -> e.mailId().equals(id)))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.state()).isEqualTo(MailState.FAILED);
                    assertThat(e.attempts()).isEqualTo(10);
                });
    }

    @Test
    void aNodeThatDiedAfterClaimingLeavesTheEmailToTheNextOnceItsLeaseEndsAndItGoesExactlyOnce() {
        MailId id = enqueue("Quote QU2612-0004");
        List<OutboxMessage> claimed = delivery.claim(acme.id(), 5); // the node claims it, then dies before SMTP
        assertThat(claimed).extracting(OutboxMessage::id).containsExactly(id);
        assertThat(row(id).state()).isEqualTo(MailState.SENDING);

        assertThat(delivery.run(acme.id())).isZero(); // still leased: nobody else takes it
        assertThat(received(id)).isEmpty();

        clock.advance(lease.plusSeconds(1));
        assertThat(delivery.run(acme.id())).isEqualTo(1);
        assertThat(received(id)).hasSize(1);
        assertThat(row(id).state()).isEqualTo(MailState.SENT);

        clock.advance(lease.plusSeconds(1));
        assertThat(delivery.run(acme.id())).isZero();
        assertThat(received(id)).hasSize(1);
    }

    @Test
    void aNodeWhoseLeaseRanOutBeforeItsHandOverDoesNotSendWhatAnotherNodeTook() {
        MailId id = enqueue("Quote QU2612-0005");
        OutboxMessage slow = delivery.claim(acme.id(), 5).get(0);
        clock.advance(lease.plusSeconds(1));
        OutboxMessage other = delivery.claim(acme.id(), 5).get(0);

        assertThat(delivery.deliver(slow)).isFalse(); // its claim no longer holds: it never reaches SMTP
        assertThat(received(id)).isEmpty();
        assertThat(delivery.deliver(other)).isTrue();
        assertThat(received(id)).hasSize(1);
    }

    @Test
    void aNodeThatDiedDuringTheHandOverLeavesTheEmailUnknownUntilAnAdminSendsItAgainOnce() throws Exception {
        MailId id = enqueue("Quote QU2612-0006");
        OutboxMessage claimed = delivery.claim(acme.id(), 5).get(0);
        assertThat(delivery.startHandover(claimed)).isTrue(); // then the node dies: did SMTP accept it? Nobody knows

        clock.advance(lease.plusSeconds(1));
        assertThat(delivery.run(acme.id())).isZero();
        OutboxMessage unknown = row(id);
        assertThat(unknown.state()).isEqualTo(MailState.UNKNOWN);
        assertThat(received(id)).isEmpty();
        clock.advance(Duration.ofHours(1));
        assertThat(delivery.run(acme.id())).isZero(); // never sent again by itself
        assertThat(timeline(quote, MailEntryTypes.FAILED))
                .singleElement()
                .satisfies(e -> assertThat(e.snapshot()).containsEntry("state", "UNKNOWN"));
        assertThat(events.stream(MailFailed.class).filter(e -> e.mailId().equals(id)))
                .singleElement()
                .satisfies(e -> assertThat(e.state()).isEqualTo(MailState.UNKNOWN));

        String retry = "/api/v1/outbox/" + id + "/retry";
        String body = "{\"version\":" + unknown.version() + "}";
        send(rep, post(retry), body).andExpect(status().isForbidden());
        send(workspaces.create("Other").admin(), post(retry), body).andExpect(status().isNotFound());
        send(acme.admin(), post(retry), "{\"version\":0}").andExpect(status().isConflict());
        send(acme.admin(), post(retry), body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("QUEUED"));

        assertThat(delivery.run(acme.id())).isEqualTo(1);
        assertThat(received(id)).hasSize(1);
        assertThat(row(id).state()).isEqualTo(MailState.SENT);
    }

    @Test
    void theOutboxApiShowsAnEmailToItsSenderAndAdminsOnlyAndAnotherWorkspaceGets404() throws Exception {
        MailId id = enqueue("Quote QU2612-0007");
        String url = "/api/v1/outbox/" + id;
        as(rep, get(url))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("QUEUED"))
                .andExpect(jsonPath("$.subject").value("Quote QU2612-0007"))
                .andExpect(jsonPath("$.targetType").value("QUOTE"));
        as(acme.admin(), get(url)).andExpect(status().isOk());
        as(acme.rep("Another Rep"), get(url)).andExpect(status().isNotFound());
        as(workspaces.create("Other").admin(), get(url)).andExpect(status().isNotFound());
        as(acme.admin(), get("/api/v1/outbox?state=QUEUED"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(id.toString()));
        as(rep, get("/api/v1/outbox")).andExpect(status().isForbidden());
        as(rep, get("/api/v1/mail/status"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ready").value(true))
                .andExpect(jsonPath("$.from").value(Smtp.FROM));
    }

    @Test
    void anEmailThatBreaksTheRulesIsRefusedByFieldAndNothingIsQueued() {
        int before = outbox.recent(acme.admin(), null, null, 500).size();
        OutboundMail bad = OutboundMail.from(rep, List.of("not an address"), "Two\nlines", " ");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> outbox.enqueue(bad))
                .isInstanceOfSatisfying(
                        io.relance.shared.InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(io.relance.shared.FieldProblem::field)
                                .containsExactly("to", "subject", "text"));
        assertThat(outbox.recent(acme.admin(), null, null, 500)).hasSize(before);
        List<OutboxEntry> none = outbox.about(acme.id(), quote);
        assertThat(none).isEmpty();
    }
}

package io.relance.messaging.outbox;

import io.relance.messaging.MailAttachment;
import io.relance.messaging.MailFailed;
import io.relance.messaging.MailSent;
import io.relance.messaging.MailSetup;
import io.relance.messaging.MailState;
import io.relance.messaging.SendVerdict;
import io.relance.shared.Ids;
import io.relance.shared.WorkspaceId;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The delivery job's work ({@code deliver-mail}, {@link MailJobs}): for each workspace with due e-mails, claims a
 * few (one transaction: {@code SKIP LOCKED} within the workspace, state SENDING with a lease and a claim token),
 * then hands each to SMTP outside any transaction:
 *
 * <ol>
 *   <li>commit the start of the hand-over ({@code handover_at}, lease renewed), only if the claim still holds;
 *   <li>send over SMTP;
 *   <li>commit SENT (timeline entry, {@link MailSent}), or the failure: QUEUED again after the back-off of
 *       {@link RetryPolicy}, or FAILED ({@link MailFailed}).
 * </ol>
 *
 * <p>A node that dies after claiming leaves a row SENDING without {@code handover_at}: once its lease runs out the
 * row is claimed again and sent once. A node that dies during the hand-over leaves {@code handover_at} set: the SMTP
 * server may have accepted the e-mail, so once the lease runs out the row becomes UNKNOWN and is never sent again
 * without a person ({@link io.relance.messaging.Outbox#sendAgain}). Nothing runs while mail is not set up. A HELD row
 * whose time came is put to the contact rules again ({@link SendGate}) before it is claimed.
 */
@Component
public class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);
    private static final int BATCH = 5;
    private static final int WORKSPACES = 500;

    private final OutboxMessages messages;
    private final MailTransport transport;
    private final MailTimeline timeline;
    private final SendGate gate;
    private final RetryPolicy retries;
    private final MailSetup setup;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration lease;

    OutboxDelivery(
            OutboxMessages messages,
            MailTransport transport,
            MailTimeline timeline,
            SendGate gate,
            RetryPolicy retries,
            MailSetup setup,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock,
            @Value("${relance.mail.lease:PT5M}") Duration lease) {
        this.messages = messages;
        this.transport = transport;
        this.timeline = timeline;
        this.gate = gate;
        this.retries = retries;
        this.setup = setup;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.lease = lease;
    }

    /** Delivers every due e-mail; answers how many the SMTP server accepted. */
    public int run() {
        if (!setup.ready()) {
            return 0;
        }
        int sent = 0;
        for (UUID ws : messages.workspacesWithDueMail(clock.instant(), WORKSPACES)) {
            sent += run(new WorkspaceId(ws));
        }
        return sent;
    }

    /** Delivers a workspace's due e-mails, a few claimed at a time. */
    public int run(WorkspaceId ws) {
        int sent = 0;
        List<OutboxMessage> claimed;
        do {
            claimed = claim(ws, BATCH);
            for (OutboxMessage m : claimed) {
                if (deliver(m)) {
                    sent++;
                }
            }
        } while (claimed.size() == BATCH);
        return sent;
    }

    /**
     * Claims up to {@code limit} due rows of the workspace in one transaction. A row whose lease ran out during a
     * hand-over becomes UNKNOWN instead (not returned).
     */
    List<OutboxMessage> claim(WorkspaceId ws, int limit) {
        List<OutboxMessage> claimed = transactions.execute(tx -> {
            Instant now = clock.instant();
            List<OutboxMessage> mine = new ArrayList<>();
            for (OutboxMessage m : messages.lockDue(ws, now, limit)) {
                if (m.state() == MailState.SENDING && m.handoverAt() != null) {
                    interrupted(m, now);
                    continue;
                }
                if (m.state() == MailState.HELD && !allowedNow(m, now)) {
                    continue;
                }
                UUID token = Ids.newId();
                messages.claim(ws, m.id(), token, now.plus(lease));
                mine.add(m.claimedWith(token));
            }
            return mine;
        });
        return claimed == null ? List.of() : claimed;
    }

    /**
     * A held e-mail whose time came: the contact rules are asked again. It goes (claimed like a queued one), waits
     * longer (a contact logged meanwhile), or is refused and FAILED (the third party must not be contacted now).
     */
    private boolean allowedNow(OutboxMessage m, Instant now) {
        SendVerdict verdict = gate.judge(m, now);
        switch (verdict.decision()) {
            case SEND -> {
                return true;
            }
            case HOLD -> messages.holdUntil(m.workspace(), m.id(), verdict.until(), verdict.reasons());
            case REFUSE -> {
                messages.stop(m.workspace(), m.id(), MailState.FAILED, m.attempts(), verdict.reasons());
                timeline.failed(m, MailState.FAILED, verdict.reasons(), now);
                events.publishEvent(failedEvent(m, MailState.FAILED, verdict.reasons(), m.attempts(), now));
            }
        }
        return false;
    }

    private void interrupted(OutboxMessage m, Instant now) {
        String reason = "The hand-over to the SMTP server started at " + m.handoverAt()
                + " was interrupted: the e-mail may or may not have been sent";
        messages.stop(m.workspace(), m.id(), MailState.UNKNOWN, m.attempts() + 1, reason);
        timeline.failed(m, MailState.UNKNOWN, reason, now);
        events.publishEvent(failedEvent(m, MailState.UNKNOWN, reason, m.attempts() + 1, now));
        log.warn(
                "E-mail {} of workspace {} is UNKNOWN: {}",
                m.messageId(),
                m.workspace().value(),
                reason);
    }

    /** Hands one claimed e-mail to SMTP and records the outcome; true when the server accepted it. */
    boolean deliver(OutboxMessage m) {
        MimeMessage mime;
        try {
            List<MailAttachment> attachments = messages.attachments(m.workspace(), m.id());
            mime = transport.prepare(m, attachments, clock.instant());
        } catch (MailTransport.DeliveryFailed e) {
            failed(m, e);
            return false;
        }
        if (!startHandover(m)) {
            log.info("E-mail {} was taken by another node meanwhile: left to it", m.messageId());
            return false;
        }
        try {
            transport.send(mime);
        } catch (MailTransport.DeliveryFailed e) {
            failed(m, e);
            return false;
        }
        sent(m);
        return true;
    }

    boolean startHandover(OutboxMessage m) {
        Instant now = clock.instant();
        return Boolean.TRUE.equals(transactions.execute(
                tx -> messages.startHandover(m.workspace(), m.id(), m.claimToken(), now, now.plus(lease))));
    }

    private void sent(OutboxMessage m) {
        transactions.executeWithoutResult(tx -> {
            Instant now = clock.instant();
            if (messages.markSent(m.workspace(), m.id(), m.attempts() + 1, now)) {
                timeline.sent(m, now);
                events.publishEvent(new MailSent(
                        m.workspace(),
                        m.id(),
                        m.target() == null ? null : m.target().type(),
                        m.target() == null ? null : m.target().id(),
                        m.to(),
                        m.subject(),
                        now));
            }
        });
        log.info("E-mail {} of workspace {} sent", m.messageId(), m.workspace().value());
    }

    private void failed(OutboxMessage m, MailTransport.DeliveryFailed e) {
        int attempts = m.attempts() + 1;
        String error = e.getMessage();
        transactions.executeWithoutResult(tx -> {
            Instant now = clock.instant();
            if (retries.givesUp(attempts, e.permanent())) {
                messages.stop(m.workspace(), m.id(), MailState.FAILED, attempts, error);
                timeline.failed(m, MailState.FAILED, error, now);
                events.publishEvent(failedEvent(m, MailState.FAILED, error, attempts, now));
                log.warn("E-mail {} given up after {} attempt(s): {}", m.messageId(), attempts, error);
            } else {
                Instant next = now.plus(retries.delayAfter(attempts));
                messages.retryAt(m.workspace(), m.id(), m.claimToken(), attempts, next, error);
                log.info(
                        "E-mail {} not sent (attempt {}), next attempt at {}: {}",
                        m.messageId(),
                        attempts,
                        next,
                        error);
            }
        });
    }

    private static MailFailed failedEvent(OutboxMessage m, MailState state, String error, int attempts, Instant at) {
        return new MailFailed(
                m.workspace(),
                m.id(),
                m.target() == null ? null : m.target().type(),
                m.target() == null ? null : m.target().id(),
                m.to(),
                m.subject(),
                state,
                error,
                attempts,
                at);
    }
}

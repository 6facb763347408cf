package io.relance.messaging;

import io.relance.messaging.outbox.MailTimeline;
import io.relance.messaging.outbox.OutboxMessage;
import io.relance.messaging.outbox.OutboxMessages;
import io.relance.messaging.outbox.OutboxNudge;
import io.relance.messaging.outbox.SendGate;
import io.relance.shared.ForbiddenException;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.NotFoundException;
import io.relance.shared.RelanceUser;
import io.relance.shared.StaleVersionException;
import io.relance.shared.Text;
import io.relance.shared.WorkspaceId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The way every e-mail leaves Relance. {@link #enqueue} writes it in the caller's transaction (it is sent only if
 * that transaction commits, and is never lost once it has); the {@code deliver-mail} job then hands it to SMTP,
 * retries it with back-off, records it on the timelines and publishes {@link MailSent} or {@link MailFailed}.
 * Each e-mail keeps one Message-ID across attempts. See docs/messaging.md for what a crash can and cannot do.
 *
 * <p>An e-mail a user sends to a third party is first put to the contact rules ({@link SendingRules}): refused
 * outright ({@link SendRefused}, nothing queued), HELD until they allow it (the job asks them again then), or queued.
 */
@Service
public class Outbox {

    private final OutboxMessages messages;
    private final MailSetup setup;
    private final OutboundMailRules rules;
    private final OutboxNudge nudge;
    private final SendGate gate;
    private final MailTimeline timeline;
    private final Clock clock;

    Outbox(
            OutboxMessages messages,
            MailSetup setup,
            OutboundMailRules rules,
            OutboxNudge nudge,
            SendGate gate,
            MailTimeline timeline,
            Clock clock) {
        this.messages = messages;
        this.gate = gate;
        this.timeline = timeline;
        this.nudge = nudge;
        this.setup = setup;
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * Queues an e-mail, due at once. Bad addresses, an empty subject or text, a subject with a line break, or
     * attachments beyond the limit are field errors ({@code to}, {@code cc}, {@code subject}, {@code text},
     * {@code attachments}); without mail set up it throws {@link MailNotSetUpException} and writes nothing.
     */
    @Transactional
    public MailId enqueue(OutboundMail mail) {
        return enqueue(mail, true);
    }

    /**
     * Queues an e-mail that answers the client's own action (the confirmation of his acceptance): the contact rules
     * are not asked, it goes at once.
     */
    @Transactional
    public MailId enqueueAnswer(OutboundMail mail) {
        return enqueue(mail, false);
    }

    private MailId enqueue(OutboundMail mail, boolean judged) {
        setup.requireReady();
        OutboundMail checked = rules.check(mail);
        UUID id = Ids.newId();
        Instant now = clock.instant();
        SendVerdict verdict = judged
                ? gate.judge(checked.workspace(), checked.sender(), checked.target(), checked.links(), now)
                : SendVerdict.send();
        if (verdict.decision() == SendVerdict.Decision.REFUSE) {
            throw new SendRefused(verdict.reasons());
        }
        boolean held = verdict.decision() == SendVerdict.Decision.HOLD;
        String html = checked.html() != null ? checked.html() : MailHtml.of(checked.text());
        OutboxMessage row = new OutboxMessage(
                checked.workspace(),
                new MailId(id),
                "<" + id + "@" + setup.messageIdDomain() + ">",
                held ? MailState.HELD : MailState.QUEUED,
                checked.sender() == null ? null : checked.sender().value(),
                checked.senderName(),
                checked.replyTo(),
                checked.to(),
                checked.cc(),
                checked.subject(),
                checked.text(),
                html,
                checked.attachments().stream().map(MailAttachment::filename).toList(),
                checked.target(),
                checked.links(),
                0,
                held ? verdict.until() : now,
                null,
                null,
                null,
                now,
                null,
                held ? verdict.reasons() : null,
                null,
                null,
                0);
        messages.insert(row, checked.attachments());
        if (held) {
            timeline.held(row, now);
        } else {
            nudge.afterCommit(checked.workspace());
        }
        return row.id();
    }

    /**
     * Whether {@link #enqueue} would take this address as a recipient (a plain address, a domain with a dot): to pick
     * an address among several, or to skip an e-mail instead of failing the caller's transaction.
     */
    public static boolean deliverable(String address) {
        return address != null && !address.isBlank() && OutboundMailRules.parse(address.strip()) != null;
    }

    /** One e-mail of the workspace as the outbox holds it (an admin's, or its sender's). */
    public OutboxEntry entry(RelanceUser me, MailId id) {
        OutboxMessage m = messages.find(me.workspaceId(), id).orElseThrow(NotFoundException::new);
        if (!me.isAdmin()
                && (m.senderId() == null || !m.senderId().equals(me.userId().value()))) {
            throw new NotFoundException();
        }
        return OutboxEntry.of(m);
    }

    /** The e-mail when the contact rules hold it (whoever asks: the caller sent it); empty otherwise. */
    public Optional<OutboxEntry> held(WorkspaceId workspace, MailId id) {
        return messages.find(workspace, id)
                .filter(m -> m.state() == MailState.HELD)
                .map(OutboxEntry::of);
    }

    /**
     * The workspace's e-mails, newest first, optionally in one state, before the given one: admins read them all;
     * managers the HELD ones, which they may send at once ({@link #release}).
     */
    public List<OutboxEntry> recent(RelanceUser me, MailState state, UUID before, int limit) {
        if (!(me.seesAll() && state == MailState.HELD)) {
            requireAdmin(me);
        }
        return messages.recent(me.workspaceId(), state, before, limit).stream()
                .map(OutboxEntry::of)
                .toList();
    }

    /** The e-mails about one record (a quote), newest first; the caller checks the user may see the record. */
    public List<OutboxEntry> about(WorkspaceId workspace, io.relance.history.Target record) {
        return messages.about(workspace, record, 50).stream()
                .map(OutboxEntry::of)
                .toList();
    }

    /**
     * An admin sends a FAILED or UNKNOWN e-mail again, knowingly (for an UNKNOWN one, the recipient may then get it
     * twice; it keeps its Message-ID, which many mail programs use to show it once). A stale version is a 409.
     */
    @Transactional
    public OutboxEntry sendAgain(RelanceUser me, MailId id, long version) {
        requireAdmin(me);
        setup.requireReady();
        OutboxMessage m = messages.find(me.workspaceId(), id).orElseThrow(NotFoundException::new);
        if (m.state() != MailState.FAILED && m.state() != MailState.UNKNOWN) {
            throw new InvalidInputException("state", "messaging.outbox.notRetryable");
        }
        if (!messages.requeue(me.workspaceId(), id, version, clock.instant())) {
            throw new StaleVersionException();
        }
        nudge.afterCommit(me.workspaceId());
        return OutboxEntry.of(messages.find(me.workspaceId(), id).orElseThrow());
    }

    /**
     * A manager sends a HELD e-mail at once, with a reason (recorded on its timelines), over the version read. The
     * rules that refuse outright (do not contact, exclusivity) still win: {@link SendRefused}. Not held: a field error
     * on {@code state}; a stale version: 409.
     */
    @Transactional
    public OutboxEntry release(RelanceUser me, MailId id, long version, String reason) {
        if (!me.seesAll()) {
            throw new ForbiddenException();
        }
        OutboxMessage m = messages.find(me.workspaceId(), id).orElseThrow(NotFoundException::new);
        String why = Text.clean(reason);
        if (why == null) {
            throw new InvalidInputException("reason", "validation.required");
        }
        if (why.length() > 300) {
            throw new InvalidInputException("reason", "validation.size.max", 300);
        }
        if (m.state() != MailState.HELD) {
            throw new InvalidInputException("state", "messaging.outbox.notHeld");
        }
        Instant now = clock.instant();
        SendVerdict verdict = gate.judge(m, now);
        if (verdict.decision() == SendVerdict.Decision.REFUSE) {
            throw new SendRefused(verdict.reasons());
        }
        if (!messages.release(me.workspaceId(), id, version, me.userId().value(), why, now)) {
            throw new StaleVersionException();
        }
        timeline.released(m, me.userId().value(), why, now);
        nudge.afterCommit(me.workspaceId());
        return OutboxEntry.of(messages.find(me.workspaceId(), id).orElseThrow());
    }

    private static void requireAdmin(RelanceUser me) {
        if (!me.isAdmin()) {
            throw new ForbiddenException();
        }
    }
}

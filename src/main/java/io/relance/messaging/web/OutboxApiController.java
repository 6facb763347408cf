package io.relance.messaging.web;

import io.relance.messaging.MailId;
import io.relance.messaging.MailSetup;
import io.relance.messaging.MailState;
import io.relance.messaging.Outbox;
import io.relance.messaging.OutboxEntry;
import io.relance.shared.Cursors;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.ListPage;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.ApiBodies;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Whether mail is set up, and the outbox: what was sent, what waits, what failed (admins), sending again. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Outbox", description = "Outgoing e-mail: the mail status and every e-mail's state")
record OutboxApiController(Outbox outbox, MailSetup setup, MessagingPages pages) {

    record StatusView(boolean ready, MailSetup.Status status, String from, String message) {}

    record RetryBody(Long version) {}

    record ReleaseBody(String reason, Long version) {}

    @GetMapping("/mail/status")
    @Operation(summary = "Whether this server can send e-mail, and why not (READY, NO_SERVER, NO_SENDER)")
    StatusView status() {
        return new StatusView(setup.ready(), setup.status(), setup.fromAddress(), pages.mailStatus());
    }

    @GetMapping("/outbox")
    @Operation(
            summary = "The workspace's e-mails, newest first (admins; managers with state=HELD);"
                    + " state=HELD|QUEUED|SENDING|SENT|FAILED|UNKNOWN")
    ListPage<OutboxEntry> list(
            @AuthenticationPrincipal RelanceUser me,
            @RequestParam(required = false) String state,
            @RequestParam(defaultValue = "50") int limit,
            @RequestParam(required = false) String cursor) {
        MailState wanted = null;
        if (state != null && !state.isBlank()) {
            try {
                wanted = MailState.valueOf(state);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("state", "validation.choice");
            }
        }
        if (limit < 1 || limit > 500) {
            throw new InvalidInputException("limit", "validation.limit", 500);
        }
        UUID before = cursor == null
                ? null
                : Ids.parseCursorId(Cursors.decode(cursor, 1).get(0));
        List<OutboxEntry> page = outbox.recent(me, wanted, before, limit + 1);
        String next =
                page.size() > limit ? Cursors.encode(page.get(limit - 1).id().toString()) : null;
        return new ListPage<>(page.subList(0, Math.min(limit, page.size())), next);
    }

    @GetMapping("/outbox/{id}")
    @Operation(summary = "One e-mail of the outbox (admins, or its sender)")
    OutboxEntry entry(@AuthenticationPrincipal RelanceUser me, @PathVariable String id) {
        return outbox.entry(me, new MailId(Ids.parse(id)));
    }

    @PostMapping("/outbox/{id}/release")
    @Operation(
            summary =
                    "Send a HELD e-mail at once (managers and admins), with a reason recorded on its timelines and the"
                            + " version read; do-not-contact and exclusivity still refuse it (403)")
    OutboxEntry release(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestBody(required = false) ReleaseBody body) {
        long version = ApiBodies.required(body, ReleaseBody::version, "version");
        return outbox.release(me, new MailId(Ids.parse(id)), version, body.reason());
    }

    @PostMapping("/outbox/{id}/retry")
    @Operation(
            summary = "Send a FAILED or UNKNOWN e-mail again (admins), with the version read; an UNKNOWN one may then"
                    + " reach its recipient twice")
    OutboxEntry retry(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestBody(required = false) RetryBody body) {
        return outbox.sendAgain(me, new MailId(Ids.parse(id)), ApiBodies.required(body, RetryBody::version, "version"));
    }
}

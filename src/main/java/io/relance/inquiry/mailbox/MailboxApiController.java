package io.relance.inquiry.mailbox;

import io.relance.shared.NotFoundException;
import io.relance.shared.RelanceUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/settings/inquiry-mailbox}: the IMAP mailbox lead e-mails are fetched from (admins). */
@RestController
@RequestMapping("/api/v1/settings/inquiry-mailbox")
@Tag(name = "Inquiries")
record MailboxApiController(MailboxSettings settings) {

    @GetMapping
    @Operation(summary = "The workspace's lead mailbox (the password never shown: passwordSet); 404 when none")
    MailboxSettings.View read(@AuthenticationPrincipal RelanceUser me) {
        return settings.read(me).orElseThrow(NotFoundException::new);
    }

    @PutMapping
    @Operation(
            summary = "Sets the lead mailbox ({host, port (993, or 143 without ssl), ssl (true), username, password"
                    + " (kept when left out), folder (INBOX), actingUserId (the member inquiries are taken in as;"
                    + " you by default), enabled (true), version}); polled every minute, each e-mail taken once by"
                    + " its Message-ID")
    MailboxSettings.View save(@AuthenticationPrincipal RelanceUser me, @RequestBody MailboxSettings.Change body) {
        return settings.save(me, body);
    }
}

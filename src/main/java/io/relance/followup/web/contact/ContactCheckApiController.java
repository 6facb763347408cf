package io.relance.followup.web.contact;

import io.relance.followup.ContactChannel;
import io.relance.followup.ContactCheck;
import io.relance.followup.ContactRules;
import io.relance.shared.ForbiddenException;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.relance.shared.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/thirdparties/{id}/contact-check}: would contacting it now break a contact rule? */
@RestController
@RequestMapping("/api/v1/thirdparties")
@Tag(name = "Contact rules")
record ContactCheckApiController(ContactRules rules) {

    /** The answer: allowed, the rules broken ({@code rule}, {@code effect}, {@code message}, {@code until}), from when. */
    record CheckView(boolean allowed, List<ReasonView> reasons, Instant allowedFrom) {

        static CheckView of(ContactCheck check) {
            return new CheckView(
                    check.allowed(),
                    check.reasons().stream()
                            .map(r -> new ReasonView(r.rule().name(), r.effect().name(), r.message(), r.until()))
                            .toList(),
                    check.allowedFrom());
        }
    }

    record ReasonView(String rule, String effect, String message, Instant until) {}

    @GetMapping("/{id}/contact-check")
    @Operation(
            summary = "Whether contacting the third party (a contact of it: contactId) through a channel (call, email,"
                    + " sms, visit, meeting) now, or at an instant (at), keeps its contact rules; a manager may ask for"
                    + " another member (userId)")
    CheckView check(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam String channel,
            @RequestParam(required = false) String contactId,
            @RequestParam(required = false) Instant at,
            @RequestParam(required = false) String userId) {
        ContactChannel ch = ContactChannel.parse(channel)
                .orElseThrow(() -> new InvalidInputException("channel", "validation.choice"));
        UUID contact = contactId == null || contactId.isBlank() ? null : Ids.parse(contactId);
        UserId who = me.userId();
        if (userId != null && !userId.isBlank()) {
            who = new UserId(Ids.parse(userId));
            if (!who.equals(me.userId()) && !me.seesAll()) {
                throw new ForbiddenException();
            }
        }
        return CheckView.of(rules.check(me, ContactPolicyApiController.thirdPartyId(id), contact, ch, who, at));
    }
}

package io.relance.followup.lost.web;

import io.relance.followup.lost.Losing;
import io.relance.followup.lost.Losing.LoseRequest;
import io.relance.followup.lost.Loss;
import io.relance.followup.lost.LostReasonManagement;
import io.relance.party.ThirdPartyId;
import io.relance.shared.Ids;
import io.relance.shared.ListPage;
import io.relance.shared.RelanceUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/thirdparties/{id}/lose} and {@code …/losses}: closing a third party as lost, and its losses. */
@RestController
@RequestMapping("/api/v1/thirdparties")
@Tag(name = "Negotiations and losses")
record LoseApiController(Losing losing, LostReasonManagement reasons) {

    /** A loss as the API shows it; {@code negotiationId} null when none was open (a customer who left). */
    record LossView(
            UUID id,
            UUID thirdpartyId,
            UUID negotiationId,
            String reason,
            String reasonLabel,
            String competitor,
            String comment,
            Instant lostAt,
            UUID lostBy) {}

    @PostMapping("/{id}/lose")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Close as lost ({reason, competitor, comment}): a reason the workspace offers; competitor"
                    + " required for COMPETITOR, comment for OTHER. Ends the open negotiation (or records the loss"
                    + " alone), sets the status CONTACTED (DO_NOT_CONTACT stays), plans a call-again task after the"
                    + " pause, writes the timeline")
    LossView lose(@AuthenticationPrincipal RelanceUser me, @PathVariable String id, @RequestBody LoseRequest body) {
        return view(me, losing.lose(me, new ThirdPartyId(Ids.parse(id)), body));
    }

    @GetMapping("/{id}/losses")
    @Operation(summary = "The third party's losses, newest first")
    ListPage<LossView> losses(@AuthenticationPrincipal RelanceUser me, @PathVariable String id) {
        return new ListPage<>(
                losing.lossesOf(me, new ThirdPartyId(Ids.parse(id))).stream()
                        .map(l -> view(me, l))
                        .toList(),
                null);
    }

    private LossView view(RelanceUser me, Loss l) {
        return new LossView(
                l.id(),
                l.thirdParty().value(),
                l.negotiation() == null ? null : l.negotiation().value(),
                l.reason(),
                reasons.label(me.workspaceId(), l.reason(), me.locale()),
                l.competitor(),
                l.comment(),
                l.lostAt(),
                l.by() == null ? null : l.by().value());
    }
}

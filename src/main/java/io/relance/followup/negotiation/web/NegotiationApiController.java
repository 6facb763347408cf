package io.relance.followup.negotiation.web;

import io.relance.followup.negotiation.Negotiation;
import io.relance.followup.negotiation.NegotiationManagement;
import io.relance.party.ThirdPartyId;
import io.relance.shared.Ids;
import io.relance.shared.ListPage;
import io.relance.shared.RelanceUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/thirdparties/{id}/negotiations}: a third party's negotiations, newest first. */
@RestController
@RequestMapping("/api/v1/thirdparties")
@Tag(name = "Negotiations and losses")
record NegotiationApiController(NegotiationManagement negotiations) {

    /** A negotiation as the API shows it; {@code limitDate} is its last day under the workspace's time limit. */
    record NegotiationView(
            UUID id,
            UUID thirdpartyId,
            String status,
            String trigger,
            UUID quoteId,
            LocalDate startedOn,
            Instant startedAt,
            LocalDate limitDate,
            Instant endedAt,
            UUID lossId) {

        static NegotiationView of(Negotiation n, int limitDays) {
            return new NegotiationView(
                    n.id().value(),
                    n.thirdParty().value(),
                    n.status().name(),
                    n.trigger().name(),
                    n.quoteId(),
                    n.startedOn(),
                    n.startedAt(),
                    n.limit(limitDays),
                    n.endedAt(),
                    n.lossId());
        }
    }

    @GetMapping("/{id}/negotiations")
    @Operation(summary = "The third party's negotiations, newest first (at most one OPEN; then AGREED or LOST)")
    ListPage<NegotiationView> negotiations(@AuthenticationPrincipal RelanceUser me, @PathVariable String id) {
        int limit = negotiations.settings(me.workspaceId()).timeLimitDays();
        return new ListPage<>(
                negotiations.of(me, new ThirdPartyId(Ids.parse(id))).stream()
                        .map(n -> NegotiationView.of(n, limit))
                        .toList(),
                null);
    }
}

package io.relance.party.web.api;

import static io.relance.party.web.PartyPages.id;

import io.relance.party.ownership.OwnershipException;
import io.relance.party.ownership.OwnershipManagement;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.ListPage;
import io.relance.shared.RelanceUser;
import io.relance.shared.UserId;
import io.relance.shared.web.ApiBodies;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/thirdparties/{id}/owner, exceptions}: who owns a third party, and the special cases. */
@RestController
@RequestMapping("/api/v1/thirdparties")
@Tag(name = "Third parties", description = "Prospects and customers, contacts, timeline, files, ownership, merge")
record OwnershipApiController(OwnershipManagement ownershipManagement) {

    record OwnerBody(UUID ownerId, Long version) {}

    record ExceptionBody(UUID userId, Instant endsAt, String reason) {}

    @PutMapping("/{id}/owner")
    @Operation(summary = "Give the third party to another owner (managers and admins); version required")
    ThirdPartyView owner(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String id, @RequestBody OwnerBody body) {
        UserId owner = new UserId(ApiBodies.required(body, OwnerBody::ownerId, "ownerId"));
        return ThirdPartyView.of(ownershipManagement.reassign(me, id(id), owner, body.version()));
    }

    @GetMapping("/{id}/exceptions")
    ListPage<OwnershipException> exceptions(@AuthenticationPrincipal RelanceUser me, @PathVariable String id) {
        return new ListPage<>(ownershipManagement.exceptions(me, id(id)), null);
    }

    @PostMapping("/{id}/exceptions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Let another rep work this third party until endsAt (managers and admins)")
    OwnershipException grant(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String id, @RequestBody ExceptionBody body) {
        if (body == null) {
            throw new InvalidInputException("userId", "validation.required");
        }
        return ownershipManagement.grantException(
                me, id(id), body.userId() == null ? null : new UserId(body.userId()), body.endsAt(), body.reason());
    }

    @DeleteMapping("/{id}/exceptions/{exceptionId}")
    ResponseEntity<Void> revoke(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String id, @PathVariable String exceptionId) {
        ownershipManagement.revokeException(me, id(id), Ids.parse(exceptionId));
        return ResponseEntity.noContent().build();
    }
}

package io.relance.party.web.api;

import static io.relance.party.web.PartyPages.id;

import io.relance.party.ThirdPartyId;
import io.relance.party.merge.ThirdPartyMerge;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/thirdparties/{id}/merge}: merge a duplicate into a third party. */
@RestController
@RequestMapping("/api/v1/thirdparties")
@Tag(name = "Third parties", description = "Prospects and customers, contacts, timeline, files, ownership, merge")
class MergeApiController {

    record MergeBody(UUID duplicateId) {}

    private final ThirdPartyMerge thirdPartyMerge;

    MergeApiController(ThirdPartyMerge thirdPartyMerge) {
        this.thirdPartyMerge = thirdPartyMerge;
    }

    @PostMapping("/{id}/merge")
    @Operation(summary = "Merge the duplicate into this third party (the survivor), moving everything")
    ThirdPartyView merge(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String id, @RequestBody MergeBody body) {
        if (body == null || body.duplicateId() == null) {
            throw new InvalidInputException("duplicateId", "validation.required");
        }
        return ThirdPartyView.of(thirdPartyMerge.merge(me, id(id), new ThirdPartyId(body.duplicateId())));
    }
}

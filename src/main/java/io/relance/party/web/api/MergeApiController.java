package io.relance.party.web.api;

import static io.relance.party.web.PartyPages.id;

import io.relance.party.ThirdPartyId;
import io.relance.party.merge.MergeRequest;
import io.relance.party.merge.ThirdPartyMerge;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.ApiBodies;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
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
record MergeApiController(ThirdPartyMerge thirdPartyMerge) {

    @Schema(description = "What to merge, and optionally how")
    record MergeBody(
            @Schema(
                    description = "The third party merged into this one (it disappears)",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            UUID duplicateId,

            @Schema(description = "This third party's version as read: a stale one answers 409 and nothing is merged")
            Long survivorVersion,

            @Schema(description = "The duplicate's version as read: a stale one answers 409 and nothing is merged")
            Long duplicateVersion,

            @Schema(
                    description = "Per field, whose value this third party keeps: SURVIVOR (its own, even empty) "
                            + "or DUPLICATE. Fields: name, email, phone, mobile, website, addressLine, postalCode, "
                            + "city, country, language, status, potential, customFields.<key>. A field not "
                            + "picked keeps this one's value, or the duplicate's when this one's is empty.")
            Map<String, String> picks) {}

    @PostMapping("/{id}/merge")
    @Operation(
            summary = "Merge the duplicate into this third party (the survivor), moving everything",
            description =
                    "In one transaction: the survivor keeps its id, code and history; each picked field takes the "
                            + "picked value, the others are filled where empty; notes put together, tags united; contacts, "
                            + "files, history and special cases moved; the duplicate's code stays searchable. Needs the right "
                            + "on both records (their owner, a manager or an admin: 403 for a rep a record is only lent to).")
    ThirdPartyView merge(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String id, @RequestBody MergeBody body) {
        MergeRequest request = new MergeRequest(
                new ThirdPartyId(ApiBodies.required(body, MergeBody::duplicateId, "duplicateId")),
                body.survivorVersion(),
                body.duplicateVersion(),
                MergeRequest.picks(body.picks()));
        return ThirdPartyView.of(thirdPartyMerge.merge(me, id(id), request));
    }
}

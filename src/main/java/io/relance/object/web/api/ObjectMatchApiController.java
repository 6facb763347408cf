package io.relance.object.web.api;

import io.relance.object.SalesObjectId;
import io.relance.object.matching.Match;
import io.relance.object.matching.Matching;
import io.relance.object.web.api.MatchViews.ProfileMatch;
import io.relance.party.ThirdPartyId;
import io.relance.party.ThirdPartyLookup;
import io.relance.shared.Ids;
import io.relance.shared.ListPage;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/objects/{id}/matches}: the buyers whose search profiles an object matches. */
@RestController
@RequestMapping("/api/v1/objects/{id}")
@Tag(name = "Objects", description = "Objects for sale or rent, their documents, search profiles and matching")
class ObjectMatchApiController {

    private final Matching matching;
    private final ThirdPartyLookup thirdParties;

    ObjectMatchApiController(Matching matching, ThirdPartyLookup thirdParties) {
        this.matching = matching;
        this.thirdParties = thirdParties;
    }

    @GetMapping("/matches")
    @Operation(
            summary = "The search profiles this object matches (knock-outs hold), of the third parties you may see;"
                    + " not yet offered first, then by score (0–100); each with alreadyOffered; limit, cursor")
    ListPage<ProfileMatch> matches(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        ListPage<Match> page = matching.ofObject(me, new SalesObjectId(Ids.parse(id)), PageRequest.of(limit, cursor));
        var names = thirdParties.summaries(
                me.workspaceId(),
                page.items().stream()
                        .map(m -> new ThirdPartyId(m.thirdPartyId()))
                        .toList());
        return page.map(m -> ProfileMatch.of(m, names.get(new ThirdPartyId(m.thirdPartyId()))));
    }
}

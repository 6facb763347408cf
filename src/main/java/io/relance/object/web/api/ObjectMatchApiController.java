package io.relance.object.web.api;

import io.relance.object.SalesObjectId;
import io.relance.object.matching.Match;
import io.relance.object.matching.Matching;
import io.relance.object.matching.WriteToMatches;
import io.relance.object.web.api.MatchViews.ProfileMatch;
import io.relance.party.ThirdPartyId;
import io.relance.party.ThirdPartyLookup;
import io.relance.shared.Ids;
import io.relance.shared.ListPage;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
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

/** {@code /api/v1/objects/{id}/matches}: the buyers whose search profiles an object matches. */
@RestController
@RequestMapping("/api/v1/objects/{id}")
@Tag(name = "Objects", description = "Objects for sale or rent, their documents, search profiles and matching")
class ObjectMatchApiController {

    private final Matching matching;
    private final ThirdPartyLookup thirdParties;
    private final WriteToMatches writing;

    ObjectMatchApiController(Matching matching, ThirdPartyLookup thirdParties, WriteToMatches writing) {
        this.matching = matching;
        this.thirdParties = thirdParties;
        this.writing = writing;
    }

    /** What "write to matches" asks: the profiles written to, and the template (kind) of the e-mail. */
    record WriteRequest(List<String> searchProfileIds, String templateId) {}

    @PostMapping("/write-to-matches")
    @Operation(
            summary = "E-mail the object (template object.matches, in each buyer's language) to the contacts of these"
                    + " matching search profiles, through the outbox and its contact rules; each answered QUEUED, HELD,"
                    + " REFUSED (with reasons) or NO_EMAIL; queued and held ones count as already offered")
    ListPage<WriteToMatches.Sent> write(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String id, @RequestBody WriteRequest body) {
        List<UUID> ids = body.searchProfileIds() == null
                ? List.of()
                : body.searchProfileIds().stream().map(WriteToMatchesIds::parse).toList();
        return new ListPage<>(writing.write(me, new SalesObjectId(Ids.parse(id)), ids, body.templateId()), null);
    }

    /** A profile id of the body: not one is a field error on searchProfileIds. */
    static final class WriteToMatchesIds {
        static UUID parse(String id) {
            try {
                return UUID.fromString(id);
            } catch (RuntimeException e) {
                throw new io.relance.shared.InvalidInputException("searchProfileIds", "validation.choice");
            }
        }
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

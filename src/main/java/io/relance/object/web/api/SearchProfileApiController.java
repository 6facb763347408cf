package io.relance.object.web.api;

import io.relance.object.SalesObjectId;
import io.relance.object.SalesObjects;
import io.relance.object.matching.Matching;
import io.relance.object.profile.SearchProfileChanges;
import io.relance.object.profile.SearchProfileManagement;
import io.relance.object.web.api.MatchViews.ObjectMatch;
import io.relance.party.ThirdPartyId;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.ListPage;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/search-profiles}: what buyers look for, and the objects each matches. Whoever may see the third party
 * reads and changes its profiles; to anyone else they do not exist (404).
 */
@RestController
@RequestMapping("/api/v1/search-profiles")
@Tag(name = "Objects", description = "Objects for sale or rent, their documents, search profiles and matching")
class SearchProfileApiController {

    private final SearchProfileManagement profiles;
    private final Matching matching;
    private final SalesObjects objects;

    SearchProfileApiController(SearchProfileManagement profiles, Matching matching, SalesObjects objects) {
        this.profiles = profiles;
        this.matching = matching;
        this.objects = objects;
    }

    @GetMapping
    @Operation(summary = "The search profiles of a third party (thirdpartyId, required)")
    ListPage<SearchProfileView> list(
            @AuthenticationPrincipal RelanceUser me, @RequestParam(required = false) String thirdpartyId) {
        if (thirdpartyId == null || thirdpartyId.isBlank()) {
            throw new InvalidInputException("thirdpartyId", "validation.required");
        }
        return new ListPage<>(
                profiles.ofThirdParty(me, new ThirdPartyId(Ids.parse(thirdpartyId))).stream()
                        .map(SearchProfileView::of)
                        .toList(),
                null);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create a search profile: thirdpartyId (required), contactId (one of its contacts), objectType,"
                    + " priceMin, priceMax, roomsMin, areaMin, places (postal codes or cities), mustHave and"
                    + " niceToHave (feature keys: the objects' custom fields set to true), expiresOn (YYYY-MM-DD)")
    SearchProfileView create(@AuthenticationPrincipal RelanceUser me, @RequestBody Map<String, Object> body) {
        return SearchProfileView.of(profiles.create(me, SearchProfileChanges.read(body)));
    }

    @GetMapping("/{id}")
    SearchProfileView get(@AuthenticationPrincipal RelanceUser me, @PathVariable String id) {
        return SearchProfileView.of(profiles.get(me, Ids.parse(id)));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change criteria (absent: unchanged, null: cleared; lists replaced); version required")
    SearchProfileView patch(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String id, @RequestBody Map<String, Object> body) {
        return SearchProfileView.of(profiles.update(me, Ids.parse(id), SearchProfileChanges.read(body)));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal RelanceUser me, @PathVariable String id) {
        profiles.delete(me, Ids.parse(id));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/matches")
    @Operation(
            summary = "The available objects this profile matches (knock-outs hold), not yet offered first, then by"
                    + " score (0–100); each with alreadyOffered; limit, cursor")
    ListPage<ObjectMatch> matches(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        var page = matching.ofProfile(me, Ids.parse(id), PageRequest.of(limit, cursor));
        var found = objects.summaries(
                me.workspaceId(),
                page.items().stream().map(m -> new SalesObjectId(m.objectId())).toList());
        return page.map(m -> ObjectMatch.of(m, found.get(new SalesObjectId(m.objectId()))));
    }
}

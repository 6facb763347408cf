package io.relance.party.web.api;

import static io.relance.party.web.PartyPages.id;

import io.relance.party.ProspectStatus;
import io.relance.party.core.Source;
import io.relance.party.core.ThirdPartyChanges;
import io.relance.party.core.ThirdPartyManagement;
import io.relance.party.search.BulkChange;
import io.relance.party.search.BulkChanges;
import io.relance.party.search.DuplicateCheck;
import io.relance.party.search.DuplicateFinder;
import io.relance.party.search.ListCount;
import io.relance.party.search.SegmentManagement;
import io.relance.party.search.ThirdPartyFilter;
import io.relance.party.search.ThirdPartySearch;
import io.relance.party.web.PartyPages;
import io.relance.shared.InvalidInputException;
import io.relance.shared.ListPage;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.ApiBodies;
import io.relance.workspace.WorkspaceManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/thirdparties}: list, count, duplicates, create, read, change, delete and restore, bulk changes. */
@RestController
@RequestMapping("/api/v1/thirdparties")
@Tag(name = "Third parties", description = "Prospects and customers, contacts, timeline, files, ownership, merge")
record ThirdPartyApiController(
        ThirdPartyManagement thirdParties,
        WorkspaceManagement workspaces,
        BulkChanges bulkChanges,
        DuplicateFinder duplicateFinder,
        SegmentManagement segmentManagement,
        ThirdPartySearch thirdPartySearch) {

    record StatusBody(ProspectStatus status, Long version) {}

    record PotentialBody(String potential, Long version) {}

    record BulkResult(int changed) {}

    @GetMapping
    @Operation(
            summary = "List third parties: filters as query parameters (q, status, potential, tag, owner=me|id, "
                    + "prospect, customer, individual, city, country, createdFrom/To, updatedFrom/To, cf.<key>[.min|.max]), "
                    + "sort (name, -createdAt, cf.<key>…), limit, cursor")
    ListPage<ThirdPartyView> list(
            @AuthenticationPrincipal RelanceUser me, @RequestParam MultiValueMap<String, String> params) {
        PageRequest page = PageRequest.of(intParam(params.getFirst("limit")), params.getFirst("cursor"));
        return thirdPartySearch.list(me, filter(me, params), page).map(ThirdPartyView::of);
    }

    @GetMapping("/count")
    @Operation(summary = "How many match the filter (counting stops at 10,000: then capped is true)")
    ListCount count(@AuthenticationPrincipal RelanceUser me, @RequestParam MultiValueMap<String, String> params) {
        return thirdPartySearch.count(me, filter(me, params));
    }

    @GetMapping("/duplicates")
    @Operation(
            summary = "Possible duplicates of a third party being typed: the same e-mail (any case), the same phone "
                    + "(any format, read in country or the workspace's), a name matching once folded (accents, case and "
                    + "punctuation aside; the same, or starting with the same words). At most 5, the strongest first, "
                    + "each with its reasons (EMAIL, PHONE, NAME); one the user may not see is only {hidden: true, "
                    + "reasons}. excludeId: the third party being edited. Nothing given, or nothing valid: no items.")
    ListPage<DuplicateView> duplicates(
            @AuthenticationPrincipal RelanceUser me,
            @Parameter(description = "The name as typed") @RequestParam(required = false) String name,
            @Parameter(description = "The e-mail as typed") @RequestParam(required = false) String email,
            @Parameter(description = "The phone as typed") @RequestParam(required = false) String phone,
            @Parameter(description = "The mobile as typed") @RequestParam(required = false) String mobile,
            @Parameter(description = "ISO country the phones are read in (default: the workspace's)")
                    @RequestParam(required = false)
                    String country,
            @Parameter(description = "The third party being edited") @RequestParam(required = false) String excludeId) {
        DuplicateCheck check = new DuplicateCheck(
                name, email, java.util.Arrays.asList(phone, mobile), country, PartyPages.excluded(excludeId));
        return new ListPage<>(
                duplicateFinder.possibleDuplicates(me, check).stream()
                        .map(DuplicateView::of)
                        .toList(),
                null);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a third party from a name (and kind) at least")
    ThirdPartyView create(@AuthenticationPrincipal RelanceUser me, @RequestBody Map<String, Object> body) {
        return ThirdPartyView.of(thirdParties.create(me, ThirdPartyChanges.read(body, region(me)), Source.API));
    }

    @GetMapping("/{id}")
    ThirdPartyView get(@AuthenticationPrincipal RelanceUser me, @PathVariable String id) {
        return ThirdPartyView.of(thirdParties.get(me, id(id)));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change fields (absent: unchanged, null: cleared); version required, stale → 409")
    ThirdPartyView patch(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String id, @RequestBody Map<String, Object> body) {
        // a phone typed without a country prefix is read in the record's country, as the record will store it
        return ThirdPartyView.of(
                thirdParties.update(me, id(id), ThirdPartyChanges.read(body, thirdParties.phoneRegion(me, id(id)))));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Soft delete (an admin can restore it for 30 days)")
    ResponseEntity<Void> delete(@AuthenticationPrincipal RelanceUser me, @PathVariable String id) {
        thirdParties.delete(me, id(id));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/restore")
    @Operation(summary = "Restore a deleted third party (admins, within 30 days)")
    ThirdPartyView restore(@AuthenticationPrincipal RelanceUser me, @PathVariable String id) {
        return ThirdPartyView.of(thirdParties.restore(me, id(id)));
    }

    @PutMapping("/{id}/status")
    @Operation(summary = "Change the prospect status (version optional)")
    ThirdPartyView status(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String id, @RequestBody StatusBody body) {
        ProspectStatus status = ApiBodies.required(body, StatusBody::status, "status");
        return ThirdPartyView.of(thirdParties.changeStatus(me, id(id), status, body.version()));
    }

    @PutMapping("/{id}/potential")
    @Operation(summary = "Change the potential (version optional)")
    ThirdPartyView potential(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String id, @RequestBody PotentialBody body) {
        String potential = ApiBodies.required(body, PotentialBody::potential, "potential");
        return ThirdPartyView.of(thirdParties.changePotential(me, id(id), potential, body.version()));
    }

    @PostMapping("/bulk")
    @Operation(summary = "Apply one change (status, potential, ownerId, addTag) to up to 500 ids")
    BulkResult bulk(@AuthenticationPrincipal RelanceUser me, @RequestBody BulkChange body) {
        return new BulkResult(bulkChanges.bulk(me, body));
    }

    private ThirdPartyFilter filter(RelanceUser me, MultiValueMap<String, String> params) {
        return ThirdPartyFilter.fromParams(
                segmentManagement.withSegment(me, params),
                workspaces.workspace(me.workspaceId()).zone());
    }

    private String region(RelanceUser me) {
        return workspaces.workspace(me.workspaceId()).country();
    }

    private static Integer intParam(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("limit", "validation.type");
        }
    }
}

package io.relance.party.web.api;

import io.relance.party.core.PotentialLevel;
import io.relance.party.core.Tag;
import io.relance.party.customfield.CustomField;
import io.relance.party.customfield.CustomFieldForm;
import io.relance.party.customfield.CustomFieldManagement;
import io.relance.party.search.Segment;
import io.relance.party.search.SegmentManagement;
import io.relance.party.search.ThirdPartyFilter;
import io.relance.party.settings.PartySettings;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.ListPage;
import io.relance.shared.RelanceUser;
import io.relance.shared.numbering.CodeMask;
import io.relance.workspace.WorkspaceManagement;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Custom fields, numbering, segments, tags and potential levels of third parties. */
@RestController
@RequestMapping("/api/v1")
@io.swagger.v3.oas.annotations.tags.Tag(name = "Third-party settings")
record ThirdPartySettingsApiController(
        CustomFieldManagement customFieldManagement,
        SegmentManagement segmentManagement,
        PartySettings partySettings,
        WorkspaceManagement workspaces) {

    record NumberingView(String mask, long version, String example) {}

    record NumberingBody(String mask, Long version) {}

    record LevelBody(String key, String label) {}

    record SegmentBody(String name, Map<String, Object> filter, Boolean shared) {}

    @GetMapping("/custom-fields")
    ListPage<CustomField> customFields(@AuthenticationPrincipal RelanceUser me) {
        return new ListPage<>(customFieldManagement.customFields(me.workspaceId()), null);
    }

    @PostMapping("/custom-fields")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Define a custom field (admins): key, label, type, options (choices), required, and labels and"
                    + " choiceLabels per language (en, fr, es, de)")
    CustomField defineCustomField(@AuthenticationPrincipal RelanceUser me, @Valid @RequestBody CustomFieldForm body) {
        return customFieldManagement.defineCustomField(me, body);
    }

    @PatchMapping("/custom-fields/{id}")
    @Operation(
            summary = "Change a custom field's label, options, required flag, position, labels and choiceLabels per"
                    + " language (admins; translations left out stay); version required")
    CustomField changeCustomField(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @Valid @RequestBody CustomFieldForm body) {
        return customFieldManagement.changeCustomField(me, Ids.parse(id), body);
    }

    @DeleteMapping("/custom-fields/{id}")
    ResponseEntity<Void> removeCustomField(@AuthenticationPrincipal RelanceUser me, @PathVariable String id) {
        customFieldManagement.removeCustomField(me, Ids.parse(id));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/settings/numbering")
    @Operation(summary = "The code mask of third parties, e.g. CU{yy}{mm}-{0000}")
    NumberingView numbering(@AuthenticationPrincipal RelanceUser me) {
        String mask = partySettings.numberingMask(me);
        return new NumberingView(
                mask, partySettings.numberingVersion(me), partySettings.example(me, CodeMask.parse(mask)));
    }

    @PutMapping("/settings/numbering")
    @Operation(summary = "Change the code mask (admins); a bad mask is a 400 saying what is wrong")
    NumberingView changeNumbering(@AuthenticationPrincipal RelanceUser me, @RequestBody NumberingBody body) {
        if (body == null) {
            throw new InvalidInputException("mask", "validation.required");
        }
        partySettings.changeNumbering(me, body.mask(), body.version());
        return numbering(me);
    }

    @GetMapping("/segments")
    ListPage<Segment> segments(@AuthenticationPrincipal RelanceUser me) {
        return new ListPage<>(segmentManagement.segments(me), null);
    }

    @PostMapping("/segments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Save a filter as a named segment; filter is an object of list query parameters")
    Segment saveSegment(@AuthenticationPrincipal RelanceUser me, @RequestBody SegmentBody body) {
        if (body == null) {
            throw new InvalidInputException("name", "validation.required");
        }
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        if (body.filter() != null) {
            body.filter().forEach((k, v) -> {
                if (v instanceof java.util.Collection<?> c) {
                    c.forEach(item -> params.add(k, String.valueOf(item)));
                } else if (v != null) {
                    params.add(k, String.valueOf(v));
                }
            });
        }
        ThirdPartyFilter filter = ThirdPartyFilter.fromParams(
                params, workspaces.workspace(me.workspaceId()).zone());
        return segmentManagement.saveSegment(me, body.name(), filter, Boolean.TRUE.equals(body.shared()));
    }

    @DeleteMapping("/segments/{id}")
    ResponseEntity<Void> deleteSegment(@AuthenticationPrincipal RelanceUser me, @PathVariable String id) {
        segmentManagement.deleteSegment(me, Ids.parse(id));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/tags")
    ListPage<Tag> tags(@AuthenticationPrincipal RelanceUser me) {
        return new ListPage<>(partySettings.tags(me.workspaceId()), null);
    }

    @PutMapping("/potentials")
    @Operation(summary = "Replace the potential levels, in order (admins): [{key, label}]; a level in use stays")
    ListPage<PotentialLevel> changePotentials(
            @AuthenticationPrincipal RelanceUser me, @RequestBody java.util.List<LevelBody> body) {
        java.util.List<PotentialLevel> levels = body == null
                ? java.util.List.of()
                : body.stream()
                        .map(l -> l == null ? null : new PotentialLevel(l.key(), l.label(), 0))
                        .toList();
        return new ListPage<>(partySettings.changePotentialLevels(me, levels), null);
    }

    @GetMapping("/potentials")
    ListPage<PotentialLevel> potentials(@AuthenticationPrincipal RelanceUser me) {
        return new ListPage<>(partySettings.potentialLevels(me.workspaceId()), null);
    }
}

package io.relance.followup.classification.web;

import io.relance.followup.classification.Classification;
import io.relance.followup.classification.ClassificationChanges;
import io.relance.followup.classification.ClassificationManagement;
import io.relance.shared.ListPage;
import io.relance.shared.RelanceUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/classifications}: the workspace's classifications. Everyone reads; admins change. */
@RestController
@RequestMapping("/api/v1/classifications")
@Tag(name = "Follow-up", description = "Classifications and their cadence, tasks, the working calendar")
record ClassificationApiController(ClassificationManagement classifications) {

    /** A classification as the API shows it: {@code label} in the caller's language, {@code labels} all four. */
    record ClassificationJson(
            String key,
            String label,
            Map<String, String> labels,
            String icon,
            boolean tags,
            Integer delayDays,
            int position,
            boolean active,
            long version) {

        static ClassificationJson of(Classification c, Locale locale) {
            return new ClassificationJson(
                    c.key(),
                    c.label(locale),
                    new java.util.TreeMap<>(c.labels()),
                    c.icon(),
                    c.tags(),
                    c.delayDays(),
                    c.position(),
                    c.active(),
                    c.version());
        }
    }

    @GetMapping
    @Operation(summary = "The workspace's classifications, active or not, in their order")
    ListPage<ClassificationJson> list(@AuthenticationPrincipal RelanceUser me) {
        return new ListPage<>(
                classifications.all(me.workspaceId()).stream()
                        .map(c -> ClassificationJson.of(c, me.locale()))
                        .toList(),
                null);
    }

    @GetMapping("/{key}")
    @Operation(summary = "One classification, by key")
    ClassificationJson get(@AuthenticationPrincipal RelanceUser me, @PathVariable String key) {
        return ClassificationJson.of(classifications.get(me.workspaceId(), key), me.locale());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create a classification (admins): key (a-z, 0-9, '-'; unique), labels {en, fr, es, de} (en"
                    + " required, the others default to it; at most 60 characters, no '|'), icon (a Bootstrap Icons"
                    + " name), tags (whether it tags the third party with its label), delayDays (0 to 730; null or"
                    + " absent: no task), position, active")
    ClassificationJson create(@AuthenticationPrincipal RelanceUser me, @RequestBody Map<String, Object> body) {
        return ClassificationJson.of(classifications.create(me, ClassificationChanges.read(body)), me.locale());
    }

    @PatchMapping("/{key}")
    @Operation(
            summary = "Change a classification (admins): labels (the languages given), icon, tags, delayDays (null:"
                    + " no task), position, active; version required, stale → 409; the key never changes")
    ClassificationJson patch(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String key, @RequestBody Map<String, Object> body) {
        return ClassificationJson.of(classifications.update(me, key, ClassificationChanges.read(body)), me.locale());
    }

    @DeleteMapping("/{key}")
    @Operation(
            summary = "Delete a classification (admins): no longer offered; third parties classified with it keep it"
                    + " until reclassified, and their tasks stay")
    ResponseEntity<Void> delete(@AuthenticationPrincipal RelanceUser me, @PathVariable String key) {
        classifications.delete(me, key);
        return ResponseEntity.noContent().build();
    }
}

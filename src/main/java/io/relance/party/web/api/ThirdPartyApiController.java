package io.relance.party.web.api;

import io.relance.history.EventKind;
import io.relance.history.HandLoggedEvent;
import io.relance.history.HistoryEvent;
import io.relance.history.StoredFile;
import io.relance.party.BulkChange;
import io.relance.party.Contact;
import io.relance.party.ContactForm;
import io.relance.party.DuplicateCheck;
import io.relance.party.ListCount;
import io.relance.party.OwnershipException;
import io.relance.party.ProspectStatus;
import io.relance.party.Source;
import io.relance.party.ThirdPartyChanges;
import io.relance.party.ThirdPartyFilter;
import io.relance.party.ThirdPartyId;
import io.relance.party.ThirdPartyManagement;
import io.relance.party.web.PartyPages;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.ListPage;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import io.relance.shared.UserId;
import io.relance.workspace.WorkspaceManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code /api/v1/thirdparties}: third parties, their contacts, notes, files, timeline, owner and merge. */
@RestController
@RequestMapping("/api/v1/thirdparties")
@Tag(name = "Third parties", description = "Prospects and customers, contacts, timeline, files, ownership, merge")
class ThirdPartyApiController {

    record OwnerBody(UUID ownerId, Long version) {}

    record MergeBody(UUID duplicateId) {}

    record StatusBody(ProspectStatus status, Long version) {}

    record PotentialBody(String potential, Long version) {}

    record BulkResult(int changed) {}

    record ExceptionBody(UUID userId, Instant endsAt, String reason) {}

    record NoteBody(String body, String summary, Instant occurredAt) {}

    record FileView(UUID id, String filename, String contentType, long size, Instant uploadedAt, UUID uploadedBy) {
        static FileView of(StoredFile f) {
            return new FileView(f.id(), f.filename(), f.contentType(), f.size(), f.uploadedAt(), f.uploadedBy());
        }
    }

    private final ThirdPartyManagement thirdParties;
    private final WorkspaceManagement workspaces;

    ThirdPartyApiController(ThirdPartyManagement thirdParties, WorkspaceManagement workspaces) {
        this.thirdParties = thirdParties;
        this.workspaces = workspaces;
    }

    @GetMapping
    @Operation(
            summary = "List third parties: filters as query parameters (q, status, potential, tag, owner=me|id, "
                    + "prospect, customer, individual, city, country, createdFrom/To, updatedFrom/To, cf.<key>[.min|.max]), "
                    + "sort (name, -createdAt, cf.<key>…), limit, cursor")
    ListPage<ThirdPartyView> list(
            @AuthenticationPrincipal RelanceUser me, @RequestParam MultiValueMap<String, String> params) {
        PageRequest page = PageRequest.of(intParam(params.getFirst("limit")), params.getFirst("cursor"));
        return thirdParties.list(me, filter(me, params), page).map(ThirdPartyView::of);
    }

    @GetMapping("/count")
    @Operation(summary = "How many match the filter (counting stops at 10,000: then capped is true)")
    ListCount count(@AuthenticationPrincipal RelanceUser me, @RequestParam MultiValueMap<String, String> params) {
        return thirdParties.count(me, filter(me, params));
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
                thirdParties.possibleDuplicates(me, check).stream()
                        .map(DuplicateView::of)
                        .toList(),
                null);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a third party from a name (and kind) at least")
    ThirdPartyView create(@AuthenticationPrincipal RelanceUser me, @RequestBody Map<String, Object> body) {
        return ThirdPartyView.of(thirdParties.create(me, ThirdPartyChanges.parse(body, region(me)), Source.API));
    }

    @GetMapping("/{id}")
    ThirdPartyView get(@AuthenticationPrincipal RelanceUser me, @PathVariable String id) {
        return ThirdPartyView.of(thirdParties.get(me, tp(id)));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change fields (absent: unchanged, null: cleared); version required, stale → 409")
    ThirdPartyView patch(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String id, @RequestBody Map<String, Object> body) {
        // a phone typed without a country prefix is read in the record's country, as the record will store it
        return ThirdPartyView.of(
                thirdParties.update(me, tp(id), ThirdPartyChanges.parse(body, thirdParties.phoneRegion(me, tp(id)))));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Soft delete (an admin can restore it for 30 days)")
    ResponseEntity<Void> delete(@AuthenticationPrincipal RelanceUser me, @PathVariable String id) {
        thirdParties.delete(me, tp(id));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/restore")
    @Operation(summary = "Restore a deleted third party (admins, within 30 days)")
    ThirdPartyView restore(@AuthenticationPrincipal RelanceUser me, @PathVariable String id) {
        return ThirdPartyView.of(thirdParties.restore(me, tp(id)));
    }

    @PutMapping("/{id}/status")
    @Operation(summary = "Change the prospect status (version optional)")
    ThirdPartyView status(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String id, @RequestBody StatusBody body) {
        if (body == null || body.status() == null) {
            throw new InvalidInputException("status", "validation.required");
        }
        return ThirdPartyView.of(thirdParties.changeStatus(me, tp(id), body.status(), body.version()));
    }

    @PutMapping("/{id}/potential")
    @Operation(summary = "Change the potential (version optional)")
    ThirdPartyView potential(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String id, @RequestBody PotentialBody body) {
        if (body == null || body.potential() == null) {
            throw new InvalidInputException("potential", "validation.required");
        }
        return ThirdPartyView.of(thirdParties.changePotential(me, tp(id), body.potential(), body.version()));
    }

    @PutMapping("/{id}/owner")
    @Operation(summary = "Give the third party to another owner (managers and admins); version required")
    ThirdPartyView owner(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String id, @RequestBody OwnerBody body) {
        if (body == null || body.ownerId() == null) {
            throw new InvalidInputException("ownerId", "validation.required");
        }
        return ThirdPartyView.of(thirdParties.reassign(me, tp(id), new UserId(body.ownerId()), body.version()));
    }

    @PostMapping("/{id}/merge")
    @Operation(summary = "Merge the duplicate into this third party (the survivor), moving everything")
    ThirdPartyView merge(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String id, @RequestBody MergeBody body) {
        if (body == null || body.duplicateId() == null) {
            throw new InvalidInputException("duplicateId", "validation.required");
        }
        return ThirdPartyView.of(thirdParties.merge(me, tp(id), new ThirdPartyId(body.duplicateId())));
    }

    @PostMapping("/bulk")
    @Operation(summary = "Apply one change (status, potential, ownerId, addTag) to up to 500 ids")
    BulkResult bulk(@AuthenticationPrincipal RelanceUser me, @RequestBody BulkChange body) {
        return new BulkResult(thirdParties.bulk(me, body));
    }

    // --- contacts ---

    @GetMapping("/{id}/contacts")
    ListPage<Contact> contacts(@AuthenticationPrincipal RelanceUser me, @PathVariable String id) {
        return new ListPage<>(thirdParties.contacts(me, tp(id)), null);
    }

    @PostMapping("/{id}/contacts")
    @ResponseStatus(HttpStatus.CREATED)
    Contact addContact(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String id, @Valid @RequestBody ContactForm body) {
        return thirdParties.addContact(me, tp(id), body);
    }

    @PatchMapping("/{id}/contacts/{contactId}")
    @Operation(summary = "Replace a contact's fields; version required")
    Contact updateContact(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @PathVariable String contactId,
            @Valid @RequestBody ContactForm body) {
        return thirdParties.updateContact(me, tp(id), Ids.parse(contactId), body);
    }

    @DeleteMapping("/{id}/contacts/{contactId}")
    ResponseEntity<Void> removeContact(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String id, @PathVariable String contactId) {
        thirdParties.removeContact(me, tp(id), Ids.parse(contactId));
        return ResponseEntity.noContent().build();
    }

    // --- timeline, notes, files ---

    @GetMapping("/{id}/history")
    @Operation(summary = "The timeline, newest first; kind=notes|calls|messages|changes|files to narrow it")
    ListPage<HistoryEvent> history(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        Set<EventKind> kinds = kind == null ? EnumSet.allOf(EventKind.class) : EventKind.group(kind);
        return thirdParties.timeline(me, tp(id), kinds, PageRequest.of(limit, cursor));
    }

    @PostMapping("/{id}/history")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Log a call, meeting, visit, e-mail, SMS or note by hand")
    HistoryEvent log(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @Valid @RequestBody HandLoggedEvent body) {
        return thirdParties.log(me, tp(id), body);
    }

    @GetMapping("/{id}/notes")
    ListPage<HistoryEvent> notes(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return thirdParties.timeline(me, tp(id), EnumSet.of(EventKind.NOTE), PageRequest.of(limit, cursor));
    }

    @PostMapping("/{id}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a note (rich text, sanitised)")
    HistoryEvent addNote(@AuthenticationPrincipal RelanceUser me, @PathVariable String id, @RequestBody NoteBody body) {
        if (body == null) {
            throw new InvalidInputException("body", "validation.required");
        }
        if (body.body() != null && body.body().length() > 20000) {
            throw new InvalidInputException("body", "validation.size.max", 20000);
        }
        return thirdParties.log(
                me,
                tp(id),
                new HandLoggedEvent(EventKind.NOTE, null, body.summary(), body.body(), null, body.occurredAt()));
    }

    @GetMapping("/{id}/files")
    ListPage<FileView> files(@AuthenticationPrincipal RelanceUser me, @PathVariable String id) {
        return new ListPage<>(
                thirdParties.files(me, tp(id)).stream().map(FileView::of).toList(), null);
    }

    @PostMapping(path = "/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attach a file (multipart 'file'); its type is checked by content, size limited")
    FileView upload(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String id, @RequestPart("file") MultipartFile file)
            throws IOException {
        return FileView.of(thirdParties.attach(me, tp(id), file.getOriginalFilename(), file.getBytes()));
    }

    @GetMapping("/{id}/files/{fileId}")
    ResponseEntity<InputStreamResource> download(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String id, @PathVariable String fileId) {
        StoredFile file = thirdParties.file(me, tp(id), Ids.parse(fileId));
        InputStream in = thirdParties.open(me, file);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.filename(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.size())
                .body(new InputStreamResource(in));
    }

    @DeleteMapping("/{id}/files/{fileId}")
    ResponseEntity<Void> removeFile(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String id, @PathVariable String fileId) {
        thirdParties.removeFile(me, tp(id), Ids.parse(fileId));
        return ResponseEntity.noContent().build();
    }

    // --- ownership exceptions ---

    @GetMapping("/{id}/exceptions")
    ListPage<OwnershipException> exceptions(@AuthenticationPrincipal RelanceUser me, @PathVariable String id) {
        return new ListPage<>(thirdParties.exceptions(me, tp(id)), null);
    }

    @PostMapping("/{id}/exceptions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Let another rep work this third party until endsAt (managers and admins)")
    OwnershipException grant(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String id, @RequestBody ExceptionBody body) {
        if (body == null) {
            throw new InvalidInputException("userId", "validation.required");
        }
        return thirdParties.grantException(
                me, tp(id), body.userId() == null ? null : new UserId(body.userId()), body.endsAt(), body.reason());
    }

    @DeleteMapping("/{id}/exceptions/{exceptionId}")
    ResponseEntity<Void> revoke(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String id, @PathVariable String exceptionId) {
        thirdParties.revokeException(me, tp(id), Ids.parse(exceptionId));
        return ResponseEntity.noContent().build();
    }

    private ThirdPartyFilter filter(RelanceUser me, MultiValueMap<String, String> params) {
        return ThirdPartyFilter.fromParams(
                thirdParties.withSegment(me, params),
                workspaces.workspace(me.workspaceId()).zone());
    }

    private String region(RelanceUser me) {
        return workspaces.workspace(me.workspaceId()).country();
    }

    private static ThirdPartyId tp(String id) {
        return new ThirdPartyId(Ids.parse(id));
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

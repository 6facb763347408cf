package io.relance.party.web.api;

import static io.relance.party.web.PartyPages.id;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.relance.history.EntryTypes;
import io.relance.history.HandLoggedEvent;
import io.relance.history.HandLoggedType;
import io.relance.history.HistoryEvent;
import io.relance.history.StoredFile;
import io.relance.party.ContactWarnings;
import io.relance.party.core.ThirdPartyTimeline;
import io.relance.party.web.Downloads;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.ListPage;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code /api/v1/thirdparties/{id}/history, notes, files}: the timeline of a third party, its notes and files. */
@RestController
@RequestMapping("/api/v1/thirdparties")
@Tag(name = "Third parties", description = "Prospects and customers, contacts, timeline, files, ownership, merge")
record HistoryApiController(ThirdPartyTimeline thirdPartyTimeline, EntryTypes entryTypes) {

    record NoteBody(String body, String summary, Instant occurredAt) {}

    record FileView(UUID id, String filename, String contentType, long size, Instant uploadedAt, UUID uploadedBy) {
        static FileView of(StoredFile f) {
            return new FileView(f.id(), f.filename(), f.contentType(), f.size(), f.uploadedAt(), f.uploadedBy());
        }
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "The timeline, newest first; kind=notes|calls|messages|changes|files to narrow it")
    ListPage<HistoryEvent> history(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        Set<String> kinds = entryTypes.group(kind == null ? "all" : kind);
        return thirdPartyTimeline.timeline(me, id(id), kinds, PageRequest.of(limit, cursor));
    }

    /** The entry logged, and the contact rules it breaks ({@code warnings}: recorded all the same). */
    record LoggedView(@JsonUnwrapped HistoryEvent event, List<ContactWarnings.Warning> warnings) {}

    @PostMapping("/{id}/history")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Log a call, meeting, visit, e-mail, SMS or note by hand; warnings name the contact rules an"
                    + " outbound contact breaks (recorded all the same)")
    LoggedView log(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @Valid @RequestBody HandLoggedEvent body) {
        ThirdPartyTimeline.Logged logged = thirdPartyTimeline.logContact(me, id(id), body);
        return new LoggedView(logged.event(), logged.warnings());
    }

    @GetMapping("/{id}/notes")
    ListPage<HistoryEvent> notes(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return thirdPartyTimeline.timeline(
                me, id(id), Set.of(HandLoggedType.NOTE.entryType()), PageRequest.of(limit, cursor));
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
        return thirdPartyTimeline.log(
                me,
                id(id),
                new HandLoggedEvent(HandLoggedType.NOTE, null, body.summary(), body.body(), null, body.occurredAt()));
    }

    @GetMapping("/{id}/files")
    ListPage<FileView> files(@AuthenticationPrincipal RelanceUser me, @PathVariable String id) {
        return new ListPage<>(
                thirdPartyTimeline.files(me, id(id)).stream().map(FileView::of).toList(), null);
    }

    @PostMapping(path = "/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attach a file (multipart 'file'); its type is checked by content, size limited")
    FileView upload(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String id, @RequestPart("file") MultipartFile file)
            throws IOException {
        return FileView.of(thirdPartyTimeline.attach(me, id(id), file.getOriginalFilename(), file.getBytes()));
    }

    @GetMapping("/{id}/files/{fileId}")
    ResponseEntity<InputStreamResource> download(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String id, @PathVariable String fileId) {
        return Downloads.of(thirdPartyTimeline, me, id(id), fileId);
    }

    @DeleteMapping("/{id}/files/{fileId}")
    ResponseEntity<Void> removeFile(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String id, @PathVariable String fileId) {
        thirdPartyTimeline.removeFile(me, id(id), Ids.parse(fileId));
        return ResponseEntity.noContent().build();
    }
}

package io.relance.object.web.api;

import io.relance.object.SalesObjectId;
import io.relance.object.core.ObjectManagement;
import io.relance.object.core.ObjectSearch;
import io.relance.object.core.SalesObjectChanges;
import io.relance.object.core.SalesObjectFilter;
import io.relance.object.web.ObjectDownloads;
import io.relance.object.web.api.SalesObjectView.DocumentView;
import io.relance.shared.Ids;
import io.relance.shared.ListPage;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code /api/v1/objects}: objects for sale or rent and their documents. Everyone reads; the owner and managers change. */
@RestController
@RequestMapping("/api/v1/objects")
@Tag(name = "Objects", description = "Objects for sale or rent, their documents, search profiles and matching")
class SalesObjectApiController {

    private final ObjectManagement objects;
    private final ObjectSearch search;

    SalesObjectApiController(ObjectManagement objects, ObjectSearch search) {
        this.objects = objects;
        this.search = search;
    }

    @GetMapping
    @Operation(
            summary = "List objects in title order: q (reference, title, city, postal code), status (repeatable or"
                    + " comma-separated), type, owner (me or an id), place (a postal code or a city), priceMin,"
                    + " priceMax, limit (default 50, at most 500), cursor")
    ListPage<SalesObjectView> list(
            @AuthenticationPrincipal RelanceUser me,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) List<String> status,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) String place,
            @RequestParam(required = false) String priceMin,
            @RequestParam(required = false) String priceMax,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        SalesObjectFilter filter = SalesObjectFilter.of(q, status, type, owner, place, priceMin, priceMax, me.userId());
        return search.list(me.workspaceId(), filter, PageRequest.of(limit, cursor))
                .map(o -> SalesObjectView.of(o, null));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create an object: reference (unique in the workspace), title, type (APARTMENT, HOUSE, LAND,"
                    + " COMMERCIAL, OTHER) at least; price, rooms, area, postalCode, city, country, description,"
                    + " ownerId (default: you; another member: managers), customFields ({key: true|false|number|text};"
                    + " a key set to true is a feature search profiles ask for). A new object is AVAILABLE")
    SalesObjectView create(@AuthenticationPrincipal RelanceUser me, @RequestBody Map<String, Object> body) {
        return SalesObjectView.of(objects.create(me, SalesObjectChanges.read(body)), List.of());
    }

    @GetMapping("/{id}")
    SalesObjectView get(@AuthenticationPrincipal RelanceUser me, @PathVariable String id) {
        SalesObjectId object = id(id);
        return SalesObjectView.of(objects.get(me.workspaceId(), object), objects.documents(me.workspaceId(), object));
    }

    @PatchMapping("/{id}")
    @Operation(
            summary = "Change fields (the owner, managers; absent: unchanged, null: cleared; customFields replaces the"
                    + " whole map); status moves through its transitions (AVAILABLE → RESERVED → SOLD, WITHDRAWN,"
                    + " back to AVAILABLE from RESERVED or WITHDRAWN); version required, stale → 409")
    SalesObjectView patch(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String id, @RequestBody Map<String, Object> body) {
        SalesObjectId object = id(id);
        return SalesObjectView.of(
                objects.update(me, object, SalesObjectChanges.read(body)), objects.documents(me.workspaceId(), object));
    }

    @DeleteMapping("/{id}")
    @Operation(
            summary = "Withdraw an object (it is kept, for its deals and inquiries); PATCH status AVAILABLE offers it"
                    + " again")
    ResponseEntity<Void> delete(@AuthenticationPrincipal RelanceUser me, @PathVariable String id) {
        objects.withdraw(me, id(id));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/documents")
    ListPage<DocumentView> documents(@AuthenticationPrincipal RelanceUser me, @PathVariable String id) {
        return new ListPage<>(
                objects.documents(me.workspaceId(), id(id)).stream()
                        .map(DocumentView::of)
                        .toList(),
                null);
    }

    @PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Attach a document (multipart 'file': the documentation PDF, a plan, a photo); type checked by content")
    DocumentView upload(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String id, @RequestPart("file") MultipartFile file)
            throws IOException {
        return DocumentView.of(objects.attach(me, id(id), file.getOriginalFilename(), file.getBytes()));
    }

    @GetMapping("/{id}/documents/{fileId}")
    ResponseEntity<InputStreamResource> download(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String id, @PathVariable String fileId) {
        var file = objects.document(me.workspaceId(), id(id), Ids.parse(fileId));
        return ObjectDownloads.of(file, objects.open(me.workspaceId(), file));
    }

    @DeleteMapping("/{id}/documents/{fileId}")
    ResponseEntity<Void> removeDocument(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String id, @PathVariable String fileId) {
        objects.removeDocument(me, id(id), Ids.parse(fileId));
        return ResponseEntity.noContent().build();
    }

    private static SalesObjectId id(String id) {
        return new SalesObjectId(Ids.parse(id));
    }
}

package io.relance.party.web.api;

import static io.relance.party.web.PartyPages.id;

import io.relance.party.contact.Contact;
import io.relance.party.contact.ContactForm;
import io.relance.party.contact.ContactManagement;
import io.relance.shared.Ids;
import io.relance.shared.ListPage;
import io.relance.shared.RelanceUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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

/** {@code /api/v1/thirdparties/{id}/contacts}: the contacts of a third party. */
@RestController
@RequestMapping("/api/v1/thirdparties")
@Tag(name = "Third parties", description = "Prospects and customers, contacts, timeline, files, ownership, merge")
record ContactApiController(ContactManagement contactManagement) {

    @GetMapping("/{id}/contacts")
    ListPage<Contact> contacts(@AuthenticationPrincipal RelanceUser me, @PathVariable String id) {
        return new ListPage<>(contactManagement.contacts(me, id(id)), null);
    }

    @PostMapping("/{id}/contacts")
    @ResponseStatus(HttpStatus.CREATED)
    Contact addContact(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String id, @Valid @RequestBody ContactForm body) {
        return contactManagement.addContact(me, id(id), body);
    }

    @PatchMapping("/{id}/contacts/{contactId}")
    @Operation(summary = "Replace a contact's fields; version required")
    Contact updateContact(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @PathVariable String contactId,
            @Valid @RequestBody ContactForm body) {
        return contactManagement.updateContact(me, id(id), Ids.parse(contactId), body);
    }

    @DeleteMapping("/{id}/contacts/{contactId}")
    ResponseEntity<Void> removeContact(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String id, @PathVariable String contactId) {
        contactManagement.removeContact(me, id(id), Ids.parse(contactId));
        return ResponseEntity.noContent().build();
    }
}

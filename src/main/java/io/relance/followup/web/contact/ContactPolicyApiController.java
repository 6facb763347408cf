package io.relance.followup.web.contact;

import io.relance.followup.contact.ContactPolicyForm;
import io.relance.followup.contact.ContactPolicyManagement;
import io.relance.followup.contact.ContactPolicyView;
import io.relance.party.ThirdPartyId;
import io.relance.shared.Ids;
import io.relance.shared.RelanceUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/contact-policy} (the workspace's defaults) and the overrides of a third party and of one of its
 * contacts ({@code /api/v1/thirdparties/{id}/contact-policy}, {@code …/contacts/{cid}/contact-policy}).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Contact rules", description = "How often, when and how third parties may be contacted")
record ContactPolicyApiController(ContactPolicyManagement management) {

    @GetMapping("/contact-policy")
    @Operation(summary = "The workspace's contact rules (the built-in defaults until an admin saves others)")
    ContactPolicyView workspace(@AuthenticationPrincipal RelanceUser me) {
        return ContactPolicyView.of(management.workspace(me.workspaceId()));
    }

    @PutMapping("/contact-policy")
    @Operation(
            summary = "Change the workspace's contact rules (admins), with the version read; a field left out takes"
                    + " its built-in default")
    ContactPolicyView changeWorkspace(@AuthenticationPrincipal RelanceUser me, @RequestBody ContactPolicyForm body) {
        return ContactPolicyView.of(management.changeWorkspace(me, body));
    }

    @GetMapping("/thirdparties/{id}/contact-policy")
    @Operation(summary = "A third party's overrides (null: the workspace's) and the rules that apply to it")
    ContactPolicyView thirdParty(@AuthenticationPrincipal RelanceUser me, @PathVariable String id) {
        return management.thirdParty(me, thirdPartyId(id));
    }

    @PutMapping("/thirdparties/{id}/contact-policy")
    @Operation(summary = "Change a third party's overrides (managers and admins), with the version read")
    ContactPolicyView changeThirdParty(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String id, @RequestBody ContactPolicyForm body) {
        return management.changeThirdParty(me, thirdPartyId(id), body);
    }

    @GetMapping("/thirdparties/{id}/contacts/{contactId}/contact-policy")
    @Operation(summary = "One contact's overrides (null: the third party's) and the rules that apply to it")
    ContactPolicyView contact(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String id, @PathVariable String contactId) {
        return management.contact(me, thirdPartyId(id), Ids.parse(contactId));
    }

    @PutMapping("/thirdparties/{id}/contacts/{contactId}/contact-policy")
    @Operation(summary = "Change one contact's overrides (managers and admins), with the version read")
    ContactPolicyView changeContact(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @PathVariable String contactId,
            @RequestBody ContactPolicyForm body) {
        return management.changeContact(me, thirdPartyId(id), Ids.parse(contactId), body);
    }

    static ThirdPartyId thirdPartyId(String id) {
        return new ThirdPartyId(Ids.parse(id));
    }
}

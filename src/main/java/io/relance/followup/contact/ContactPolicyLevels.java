package io.relance.followup.contact;

import io.relance.followup.ContactChannel;
import io.relance.followup.contact.ContactPolicies.Scope;
import io.relance.party.ContactPreferences;
import io.relance.party.ThirdPartySummary;
import io.relance.shared.Countries;
import io.relance.shared.WorkspaceId;
import io.relance.workspace.WorkspaceManagement;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The levels of the contact rules merged: the built-in defaults, the workspace's, the third party's, the contact's
 * (with the channel the contact prefers on its record when its overrides name none), and the time zone they run in:
 * the one set, else the contact's country's, else the third party's country's, else the workspace's.
 */
@Component
public class ContactPolicyLevels {

    /** What applies to a third party (or one of its contacts): the merged policy, its own overrides, its zone. */
    public record Applied(ContactPolicy effective, ContactPolicy own, ZoneId zone) {}

    private final ContactPolicies policies;
    private final WorkspaceManagement workspaces;

    ContactPolicyLevels(ContactPolicies policies, WorkspaceManagement workspaces) {
        this.policies = policies;
        this.workspaces = workspaces;
    }

    /** The workspace's defaults, the built-in ones where none were saved (its stored version). */
    public ContactPolicy workspace(WorkspaceId ws) {
        return own(ws, Scope.WORKSPACE, ws.value()).over(ContactPolicy.DEFAULTS);
    }

    public ContactPolicy own(WorkspaceId ws, Scope scope, UUID subject) {
        return policies.find(ws, scope, subject).orElse(ContactPolicy.INHERIT);
    }

    public Applied thirdParty(WorkspaceId ws, ThirdPartySummary party) {
        ContactPolicy own = own(ws, Scope.THIRD_PARTY, party.id().value());
        ContactPolicy effective = own.over(workspace(ws));
        return new Applied(effective, own, zone(ws, effective, null, party));
    }

    public Applied contact(WorkspaceId ws, ThirdPartySummary party, ContactPreferences contact) {
        ContactPolicy own = own(ws, Scope.CONTACT, contact.contactId());
        ContactPolicy effective = own.preferringIfUnset(preferredChannel(contact.preferredChannel()))
                .over(thirdParty(ws, party).effective());
        return new Applied(effective, own, zone(ws, effective, contact.country(), party));
    }

    private ZoneId zone(WorkspaceId ws, ContactPolicy effective, String contactCountry, ThirdPartySummary party) {
        if (effective.timeZone() != null) {
            return effective.timeZone();
        }
        return Countries.zone(contactCountry)
                .or(() -> Countries.zone(party.country()))
                .orElseGet(() -> workspaces.workspace(ws).zone());
    }

    /** A contact's preferred channel as the party module stores it ({@code PHONE} is a call). */
    static ContactChannel preferredChannel(String stored) {
        if (stored == null) {
            return null;
        }
        return "PHONE".equals(stored)
                ? ContactChannel.CALL
                : ContactChannel.parse(stored).orElse(null);
    }
}

package io.relance.followup.contact;

import io.relance.followup.contact.ContactPolicies.Scope;
import io.relance.party.ContactPreferences;
import io.relance.party.ThirdPartyId;
import io.relance.party.ThirdPartyLookup;
import io.relance.party.ThirdPartySummary;
import io.relance.shared.ForbiddenException;
import io.relance.shared.InvalidInputException;
import io.relance.shared.NotFoundException;
import io.relance.shared.RelanceUser;
import io.relance.shared.StaleVersionException;
import io.relance.shared.WorkspaceId;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading and changing the contact rules' knobs: the workspace's defaults (every member reads them, admins change
 * them), a third party's overrides and one of its contacts' (whoever may see the third party reads them; managers
 * and admins change them). A change carries the version read: a stale one is a 409.
 */
@Service
public class ContactPolicyManagement {

    private final ContactPolicies policies;
    private final ContactPolicyLevels levels;
    private final ThirdPartyLookup thirdParties;
    private final Clock clock;

    ContactPolicyManagement(
            ContactPolicies policies, ContactPolicyLevels levels, ThirdPartyLookup thirdParties, Clock clock) {
        this.policies = policies;
        this.levels = levels;
        this.thirdParties = thirdParties;
        this.clock = clock;
    }

    /** The workspace's defaults, the built-in ones where none were saved. */
    @Transactional(readOnly = true)
    public ContactPolicy workspace(WorkspaceId ws) {
        return levels.workspace(ws);
    }

    /** Saves the workspace's defaults (admins); a field left out takes its built-in default. */
    @Transactional
    public ContactPolicy changeWorkspace(RelanceUser me, ContactPolicyForm form) {
        if (!me.isAdmin()) {
            throw new ForbiddenException();
        }
        long version = requireVersion(form);
        ContactPolicy given = ContactPolicyInput.read(form).over(ContactPolicy.DEFAULTS);
        ContactPolicyInput.requireHoursInOrder(given);
        save(me, Scope.WORKSPACE, me.workspaceId().value(), null, given, version);
        return workspace(me.workspaceId());
    }

    /** A third party's overrides and what applies to it (404 when the user may not see it). */
    @Transactional(readOnly = true)
    public ContactPolicyView thirdParty(RelanceUser me, ThirdPartyId id) {
        return view(levels.thirdParty(me.workspaceId(), visible(me, id)));
    }

    /** Saves a third party's overrides (managers and admins; a rep who may see it gets 403). */
    @Transactional
    public ContactPolicyView changeThirdParty(RelanceUser me, ThirdPartyId id, ContactPolicyForm form) {
        visible(me, id);
        requireManager(me);
        long version = requireVersion(form);
        ContactPolicy given = ContactPolicyInput.read(form);
        ContactPolicyInput.requireHoursInOrder(given.over(workspace(me.workspaceId())));
        save(me, Scope.THIRD_PARTY, id.value(), id.value(), given, version);
        return thirdParty(me, id);
    }

    /** One contact's overrides and what applies to it (404 when the contact is not the third party's). */
    @Transactional(readOnly = true)
    public ContactPolicyView contact(RelanceUser me, ThirdPartyId id, UUID contactId) {
        ThirdPartySummary party = visible(me, id);
        return view(levels.contact(me.workspaceId(), party, preferences(me, id, contactId)));
    }

    /** Saves one contact's overrides (managers and admins). */
    @Transactional
    public ContactPolicyView changeContact(RelanceUser me, ThirdPartyId id, UUID contactId, ContactPolicyForm form) {
        ThirdPartySummary party = visible(me, id);
        preferences(me, id, contactId);
        requireManager(me);
        long version = requireVersion(form);
        ContactPolicy given = ContactPolicyInput.read(form);
        ContactPolicyInput.requireHoursInOrder(
                given.over(levels.thirdParty(me.workspaceId(), party).effective()));
        save(me, Scope.CONTACT, contactId, id.value(), given, version);
        return contact(me, id, contactId);
    }

    private ContactPreferences preferences(RelanceUser me, ThirdPartyId id, UUID contactId) {
        return thirdParties.contactPreferences(me.workspaceId(), id, contactId).orElseThrow(NotFoundException::new);
    }

    private static ContactPolicyView view(ContactPolicyLevels.Applied applied) {
        return ContactPolicyView.of(
                applied.own(), applied.effective(), applied.zone().getId());
    }

    private void save(RelanceUser me, Scope scope, UUID subject, UUID thirdParty, ContactPolicy p, long version) {
        if (!policies.save(me.workspaceId(), scope, subject, thirdParty, p, version, me.userId(), clock.instant())) {
            throw new StaleVersionException();
        }
    }

    private ThirdPartySummary visible(RelanceUser me, ThirdPartyId id) {
        return thirdParties.find(me, id).orElseThrow(NotFoundException::new);
    }

    private static void requireManager(RelanceUser me) {
        if (!me.seesAll()) {
            throw new ForbiddenException();
        }
    }

    private static long requireVersion(ContactPolicyForm form) {
        if (form == null || form.version() == null) {
            throw new InvalidInputException("version", "validation.required");
        }
        return form.version();
    }
}

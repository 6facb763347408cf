package io.relance.party;

import io.relance.party.contact.Contact;
import io.relance.party.contact.Contacts;
import io.relance.party.core.ThirdParties;
import io.relance.party.core.ThirdParty;
import io.relance.party.search.ThirdPartyFilter;
import io.relance.party.search.ThirdPartySearch;
import io.relance.shared.InvalidInputException;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import io.relance.shared.WorkspaceId;
import io.relance.workspace.WorkspaceManagement;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.util.LinkedMultiValueMap;

/** Summaries of third parties for other modules: a quote's customer, a task's record. Deleted ones are left out. */
@Service
public class ThirdPartyLookup {

    private final ThirdParties thirdParties;
    private final ThirdPartyAccess access;
    private final Contacts contacts;
    private final ThirdPartySearch search;
    private final WorkspaceManagement workspaces;

    ThirdPartyLookup(
            ThirdParties thirdParties,
            ThirdPartyAccess access,
            Contacts contacts,
            ThirdPartySearch search,
            WorkspaceManagement workspaces) {
        this.thirdParties = thirdParties;
        this.access = access;
        this.contacts = contacts;
        this.search = search;
        this.workspaces = workspaces;
    }

    /**
     * At most {@code max} third parties the user may see matching what he typed (name, code, e-mail, city, phone),
     * as the list's search finds them: for pickers of other modules (a quote's customer).
     */
    public List<ThirdPartySummary> search(RelanceUser me, String text, int max) {
        var params = new LinkedMultiValueMap<String, String>();
        params.add("q", text);
        try {
            ThirdPartyFilter filter = ThirdPartyFilter.fromParams(
                    params, workspaces.workspace(me.workspaceId()).zone());
            return search.list(me, filter, PageRequest.of(max, null)).items().stream()
                    .map(d -> d.thirdParty().summary())
                    .toList();
        } catch (InvalidInputException e) {
            return List.of();
        }
    }

    /** A live third party of a workspace, whoever asks: for a job or a page that checked access otherwise. */
    public Optional<ThirdPartySummary> find(WorkspaceId ws, ThirdPartyId id) {
        return thirdParties.find(ws, id.value()).filter(t -> !t.deleted()).map(ThirdParty::summary);
    }

    /** The language a third party reads documents in (ISO 639-1), when one is set. */
    public Optional<String> language(WorkspaceId ws, ThirdPartyId id) {
        return thirdParties.find(ws, id.value()).map(ThirdParty::language);
    }

    /** A third party's contacts (not removed), by name. */
    public List<ContactSummary> contacts(WorkspaceId ws, ThirdPartyId id) {
        return contacts.of(ws, id.value()).stream()
                .map(ThirdPartyLookup::summary)
                .toList();
    }

    /** One contact of this third party; empty when it is another's, removed or unknown. */
    public Optional<ContactSummary> contact(WorkspaceId ws, ThirdPartyId id, UUID contactId) {
        return contacts.find(ws, id.value(), contactId).map(ThirdPartyLookup::summary);
    }

    /** What one contact of this third party asked about being contacted; empty when it is another's or removed. */
    public Optional<ContactPreferences> contactPreferences(WorkspaceId ws, ThirdPartyId id, UUID contactId) {
        return contacts.find(ws, id.value(), contactId)
                .map(c -> new ContactPreferences(
                        c.id(),
                        id,
                        c.country(),
                        c.doNotCall(),
                        c.emailMarketing() == Contact.MarketingConsent.OPT_OUT,
                        c.preferredChannel(),
                        c.contactWindow()));
    }

    /** These contacts of a workspace (not removed), by id, in one query: for a list of tasks naming them. */
    public Map<UUID, ContactSummary> contacts(WorkspaceId ws, Collection<UUID> ids) {
        Map<UUID, ContactSummary> found = new LinkedHashMap<>();
        contacts.findAll(ws, ids.stream().distinct().toList()).forEach(c -> found.put(c.id(), summary(c)));
        return found;
    }

    static ContactSummary summary(Contact c) {
        return new ContactSummary(
                c.id(),
                new ThirdPartyId(c.thirdPartyId()),
                c.displayName(),
                c.position(),
                c.email(),
                c.addressLine(),
                c.postalCode(),
                c.city(),
                c.country(),
                c.language(),
                c.phone(),
                c.phoneE164(),
                c.mobile(),
                c.mobileE164());
    }

    /** A third party the user may see; empty when it does not exist, is deleted, or is out of his reach. */
    public Optional<ThirdPartySummary> find(RelanceUser me, ThirdPartyId id) {
        return thirdParties
                .find(me.workspaceId(), id.value())
                .filter(t -> !t.deleted() && access.canSee(me, t.id(), t.ownerId()))
                .map(ThirdParty::summary);
    }

    /**
     * The summaries of these third parties of a workspace, in one query, whoever may see them: for a list already
     * filtered with {@link ThirdPartyAccess#predicate}.
     */
    public Map<ThirdPartyId, ThirdPartySummary> summaries(WorkspaceId ws, Collection<ThirdPartyId> ids) {
        Map<ThirdPartyId, ThirdPartySummary> found = new LinkedHashMap<>();
        thirdParties
                .findAll(ws, ids.stream().map(ThirdPartyId::value).distinct().toList())
                .stream()
                .filter(t -> !t.deleted())
                .forEach(t -> found.put(t.id(), t.summary()));
        return found;
    }
}

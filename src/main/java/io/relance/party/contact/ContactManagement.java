package io.relance.party.contact;

import io.relance.party.PartyEntryTypes;
import io.relance.party.ThirdPartyId;
import io.relance.party.core.ThirdParty;
import io.relance.party.core.ThirdPartyRecords;
import io.relance.shared.FieldProblem;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.NotFoundException;
import io.relance.shared.Phones;
import io.relance.shared.RelanceUser;
import io.relance.shared.RichText;
import io.relance.shared.Text;
import io.relance.workspace.WorkspaceManagement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contacts of a third party: the people to call, write to, meet.
 */
@Service
public class ContactManagement {

    private final Contacts contacts;
    private final WorkspaceManagement workspaces;
    private final Clock clock;
    private final jakarta.validation.Validator validator;
    private final ThirdPartyRecords records;

    ContactManagement(
            Contacts contacts,
            WorkspaceManagement workspaces,
            Clock clock,
            jakarta.validation.Validator validator,
            ThirdPartyRecords records) {
        this.contacts = contacts;
        this.workspaces = workspaces;
        this.clock = clock;
        this.validator = validator;
        this.records = records;
    }

    public List<Contact> contacts(RelanceUser me, ThirdPartyId id) {
        records.visible(me, id.value());
        return contacts.of(me.workspaceId(), id.value());
    }

    @Transactional
    public Contact addContact(RelanceUser me, ThirdPartyId id, ContactForm form) {
        ThirdParty tp = records.visible(me, id.value());
        Instant now = clock.instant();
        Contact contact = contact(me, Ids.newId(), tp, form, now, now, 0);
        contacts.insert(me.workspaceId(), contact);
        records.record(me, tp, PartyEntryTypes.CONTACT_ADDED, contact.displayName(), now);
        return contacts.find(me.workspaceId(), id.value(), contact.id()).orElseThrow();
    }

    @Transactional
    public Contact updateContact(RelanceUser me, ThirdPartyId id, UUID contactId, ContactForm form) {
        ThirdParty tp = records.visible(me, id.value());
        Contact current = contacts.find(me.workspaceId(), id.value(), contactId).orElseThrow(NotFoundException::new);
        if (form.version() == null) {
            throw new InvalidInputException("version", "validation.version");
        }
        Contact changed = contact(me, contactId, tp, form, current.createdAt(), clock.instant(), current.version());
        contacts.update(me.workspaceId(), changed, form.version());
        records.record(me, tp, PartyEntryTypes.CONTACT_CHANGED, changed.displayName(), clock.instant());
        return contacts.find(me.workspaceId(), id.value(), contactId).orElseThrow();
    }

    @Transactional
    public void removeContact(RelanceUser me, ThirdPartyId id, UUID contactId) {
        ThirdParty tp = records.visible(me, id.value());
        Contact current = contacts.find(me.workspaceId(), id.value(), contactId).orElseThrow(NotFoundException::new);
        contacts.delete(me.workspaceId(), id.value(), contactId, clock.instant());
        records.record(me, tp, PartyEntryTypes.CONTACT_REMOVED, current.displayName(), clock.instant());
    }

    private Contact contact(
            RelanceUser me, UUID id, ThirdParty tp, ContactForm f, Instant created, Instant now, long version) {
        List<FieldProblem> invalid = new ArrayList<>();
        // the API validated the form already; the pages and other modules come through here too
        validator
                .validate(f)
                .forEach(v -> invalid.add(new FieldProblem(v.getPropertyPath().toString(), v.getMessage())));
        if (!invalid.isEmpty()) {
            throw new InvalidInputException(invalid);
        }
        String region = f.country() != null
                ? f.country().toUpperCase(java.util.Locale.ROOT)
                : tp.country() != null
                        ? tp.country()
                        : workspaces.workspace(me.workspaceId()).country();
        List<FieldProblem> problems = new ArrayList<>();
        String phone = Text.clean(f.phone());
        String mobile = Text.clean(f.mobile());
        Optional<String> phoneE164 = Phones.e164(phone, region);
        Optional<String> mobileE164 = Phones.e164(mobile, region);
        if (phone != null && phoneE164.isEmpty()) {
            problems.add(new FieldProblem("phone", "validation.phone"));
        }
        if (mobile != null && mobileE164.isEmpty()) {
            problems.add(new FieldProblem("mobile", "validation.phone"));
        }
        if (f.country() != null && !Set.of(java.util.Locale.getISOCountries()).contains(region)) {
            problems.add(new FieldProblem("country", "validation.country"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Contact(
                id,
                tp.id().value(),
                Text.clean(f.firstName()),
                f.lastName().strip(),
                Text.clean(f.position()),
                f.email() == null ? null : Text.clean(f.email().toLowerCase(java.util.Locale.ROOT)),
                phone,
                phoneE164.orElse(null),
                mobile,
                mobileE164.orElse(null),
                Text.clean(f.addressLine()),
                Text.clean(f.postalCode()),
                Text.clean(f.city()),
                f.country() == null ? null : region,
                Text.clean(f.language()),
                RichText.sanitize(f.notes()),
                f.emailMarketing() == null ? Contact.MarketingConsent.UNKNOWN : f.emailMarketing(),
                Boolean.TRUE.equals(f.doNotCall()),
                f.preferredChannel(),
                Text.clean(f.contactWindow()),
                created,
                now,
                version);
    }
}

package io.relance.inquiry.core;

import io.relance.history.Direction;
import io.relance.history.HistoryEvent;
import io.relance.history.HistoryManagement;
import io.relance.history.Target;
import io.relance.inquiry.InquiryId;
import io.relance.inquiry.InquiryReceived;
import io.relance.party.ContactFinder;
import io.relance.party.ContactSummary;
import io.relance.party.ThirdPartyId;
import io.relance.party.ThirdPartyLookup;
import io.relance.shared.Cursors;
import io.relance.shared.FieldProblem;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.ListPage;
import io.relance.shared.NotFoundException;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import io.relance.shared.StaleVersionException;
import io.relance.shared.Text;
import io.relance.shared.WorkspaceId;
import io.relance.workspace.WorkspaceManagement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes inquiries in: each is matched to its object (by reference) and to a contact (by e-mail, then phone) or makes
 * one (source {@code INQUIRY}, owned by who takes it in); its text goes on the contact's timeline, the deal opens at
 * {@code inquiry-received} ({@link InquiryReceived}). One whose object is not found or whose contact is ambiguous
 * waits in the inbox for a person, who {@link #process processes} it; nothing is made for it until then.
 */
@Service
public class InquiryIntake {

    private final Inquiries inquiries;
    private final ContactMatching contacts;
    private final ObjectMatching objects;
    private final DealOpening deals;
    private final ContactFinder finder;
    private final ThirdPartyLookup thirdParties;
    private final HistoryManagement history;
    private final WorkspaceManagement workspaces;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InquiryIntake(
            Inquiries inquiries,
            ContactMatching contacts,
            ObjectMatching objects,
            DealOpening deals,
            ContactFinder finder,
            ThirdPartyLookup thirdParties,
            HistoryManagement history,
            WorkspaceManagement workspaces,
            ApplicationEventPublisher events,
            Clock clock) {
        this.inquiries = inquiries;
        this.contacts = contacts;
        this.objects = objects;
        this.deals = deals;
        this.finder = finder;
        this.thirdParties = thirdParties;
        this.history = history;
        this.workspaces = workspaces;
        this.events = events;
        this.clock = clock;
    }

    /**
     * An inquiry as it came through {@code channel}, taken in by {@code actor} (the API's caller, or the user a
     * mailbox or form acts as); {@code raw} is the XML or e-mail it was read from (null for JSON).
     */
    @Transactional
    public Inquiry receive(RelanceUser actor, InquiryChannel channel, InquiryForm typed, String raw, String messageId) {
        WorkspaceId ws = actor.workspaceId();
        // a person (API, form) gives an e-mail or a phone; a portal's lead without one waits for a person
        boolean fromPerson = channel == InquiryChannel.API || channel == InquiryChannel.FORM;
        InquiryForm form = typed.checked(workspaces.workspace(ws).country(), fromPerson);
        Instant now = clock.instant();
        Inquiry inquiry = Inquiry.received(
                new InquiryId(Ids.newId()),
                channel,
                form,
                raw,
                messageId,
                actor.userId().value(),
                now);
        Set<UnmatchedReason> reasons = EnumSet.noneOf(UnmatchedReason.class);
        Optional<ObjectMatching.MatchedObject> object = Optional.empty();
        if (form.objectReference() != null) {
            object = objects.byReference(ws, form.objectReference());
            if (object.isEmpty()) {
                reasons.add(UnmatchedReason.OBJECT_NOT_FOUND);
            }
        }
        ContactMatching.Match match = contacts.match(ws, form);
        if (match.ambiguous()) {
            reasons.add(UnmatchedReason.CONTACT_AMBIGUOUS);
        }
        if (form.email() == null && form.phone() == null) {
            reasons.add(UnmatchedReason.NO_CONTACT_DETAILS);
        }
        if (!reasons.isEmpty()) {
            Inquiry waiting = inquiry.waiting(reasons);
            inquiries.insert(ws, waiting);
            return waiting;
        }
        ContactSummary contact = match.found() ? match.contact() : finder.createFromInquiry(actor, inquirer(form));
        UUID objectId = object.map(ObjectMatching.MatchedObject::id).orElse(null);
        Inquiry matched = inquiry.matched(objectId, contact.thirdPartyId().value(), contact.id(), !match.found());
        inquiries.insert(ws, matched);
        announce(actor, matched, now);
        return matched;
    }

    /**
     * Several inquiries read from one document or e-mail ({@code raw}), all or none: a bad one is refused with its
     * fields named {@code <prefix>[n].<field>} (n from 0, in document order) and nothing is kept. A phone that is no
     * number of the workspace's country is kept at the end of the message instead ({@link
     * InquiryForm#phoneKeptInMessage}).
     */
    @Transactional
    public List<Inquiry> receiveAll(
            RelanceUser actor,
            InquiryChannel channel,
            List<InquiryForm> forms,
            String prefix,
            String raw,
            String messageId) {
        String region = workspaces.workspace(actor.workspaceId()).country();
        List<Inquiry> taken = new ArrayList<>();
        for (int n = 0; n < forms.size(); n++) {
            try {
                taken.add(receive(actor, channel, forms.get(n).phoneKeptInMessage(region), raw, messageId));
            } catch (InvalidInputException e) {
                String at = prefix + "[" + n + "].";
                throw new InvalidInputException(e.problems().stream()
                        .map(p -> new FieldProblem(at + p.field(), p.code(), p.args()))
                        .toList());
            }
        }
        return taken;
    }

    /** What could not be read (malformed XML, a mail without an inquiry), kept with why for a person to see. */
    @Transactional
    public Inquiry fail(RelanceUser actor, InquiryChannel channel, String why, String raw, String messageId) {
        Inquiry failed = Inquiry.failed(
                new InquiryId(Ids.newId()),
                channel,
                Text.limitBytes(why, 500),
                raw,
                messageId,
                actor.userId().value(),
                clock.instant());
        inquiries.insert(actor.workspaceId(), failed);
        return failed;
    }

    /**
     * A person assigns an inquiry of the inbox: the object's reference (none: no object) and one of the workspace's
     * contacts he may see (none: a new contact from the inquiry); at the version he read.
     */
    @Transactional
    public Inquiry process(RelanceUser me, InquiryId id, Long version, String objectReference, String contactId) {
        Inquiry inquiry = get(me, id);
        List<FieldProblem> problems = new ArrayList<>();
        if (version == null) {
            problems.add(new FieldProblem("version", "validation.required"));
        } else if (version != inquiry.version()) {
            throw new StaleVersionException();
        }
        if (!inquiry.waits()) {
            problems.add(new FieldProblem("status", "inquiry.notWaiting"));
        }
        String reference = Text.clean("objectReference", objectReference, 60, problems);
        Optional<ObjectMatching.MatchedObject> object =
                reference == null ? Optional.empty() : objects.byReference(me.workspaceId(), reference);
        if (reference != null && object.isEmpty()) {
            problems.add(new FieldProblem("objectReference", "inquiry.object.notFound"));
        }
        Optional<ContactSummary> chosen = Optional.empty();
        String contactText = Text.clean(contactId);
        if (contactText != null) {
            chosen = visibleContact(me, contactText);
            if (chosen.isEmpty()) {
                problems.add(new FieldProblem("contactId", "inquiry.contact.notFound"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = clock.instant();
        ContactSummary contact = chosen.orElseGet(() -> finder.createFromInquiry(me, inquirer(inquiry.form())));
        Inquiry processed = inquiry.processed(
                object.map(ObjectMatching.MatchedObject::id).orElse(null),
                contact.thirdPartyId().value(),
                contact.id(),
                chosen.isEmpty(),
                me.userId().value(),
                now);
        inquiries.update(me.workspaceId(), processed);
        announce(me, processed, now);
        return inquiries.find(me.workspaceId(), id).orElseThrow();
    }

    /**
     * The workspace's inquiries of these statuses (all when none is named: {@code matched}, {@code unmatched},
     * {@code processed}, {@code failed}, any case, comma-separated or repeated), newest first.
     */
    public ListPage<Inquiry> list(RelanceUser me, List<String> statuses, PageRequest page) {
        List<InquiryStatus> wanted = new ArrayList<>();
        for (String typed : statuses == null ? List.<String>of() : statuses) {
            for (String one : typed.split(",")) {
                if (!one.isBlank()) {
                    try {
                        wanted.add(InquiryStatus.valueOf(one.strip().toUpperCase(java.util.Locale.ROOT)));
                    } catch (IllegalArgumentException e) {
                        throw new InvalidInputException("status", "validation.choice");
                    }
                }
            }
        }
        Cursors.Keyset after = Cursors.keyset(page.cursor());
        List<Inquiry> fetched = inquiries.list(
                me.workspaceId(),
                wanted.isEmpty() ? List.of(InquiryStatus.values()) : wanted,
                after == null ? null : after.at(),
                after == null ? null : after.id(),
                page.limit() + 1);
        return ListPage.of(
                fetched, page.limit(), i -> Cursors.encode(i.receivedAt().toString(), i.id().toString()));
    }

    /** An inquiry of the user's workspace; 404 for another's. */
    public Inquiry get(RelanceUser me, InquiryId id) {
        return inquiries.find(me.workspaceId(), id).orElseThrow(NotFoundException::new);
    }

    /** The contacts an inquiry's e-mail or phone finds (those a person picks from), as the intake looks them up. */
    public List<ContactSummary> candidates(RelanceUser me, Inquiry inquiry) {
        return contacts.match(me.workspaceId(), inquiry.form()).candidates().stream()
                .filter(c -> thirdParties.find(me, c.thirdPartyId()).isPresent())
                .toList();
    }

    private Optional<ContactSummary> visibleContact(RelanceUser me, String text) {
        UUID id;
        try {
            id = UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(
                        thirdParties.contacts(me.workspaceId(), List.of(id)).get(id))
                .filter(c -> thirdParties.find(me, c.thirdPartyId()).isPresent());
    }

    private static ContactFinder.Inquirer inquirer(InquiryForm f) {
        return new ContactFinder.Inquirer(f.firstName(), f.lastName(), f.email(), f.phone(), f.language());
    }

    /** The inquiry's text on its contact's timeline, the event, the deal. */
    private void announce(RelanceUser actor, Inquiry i, Instant now) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        put(snapshot, "objectReference", i.form().objectReference());
        put(snapshot, "source", i.form().source());
        put(snapshot, "channel", i.channel().name());
        put(snapshot, "email", i.form().email());
        put(snapshot, "phone", i.form().phone());
        put(snapshot, "message", i.form().message());
        history.record(
                actor.workspaceId().value(),
                new HistoryEvent(
                                null,
                                Target.thirdParty(i.thirdPartyId()),
                                InquiryEntryTypes.RECEIVED,
                                Direction.INBOUND,
                                i.form().objectReference(),
                                null,
                                null,
                                List.of(),
                                snapshot,
                                actor.userId().value(),
                                i.receivedAt(),
                                now,
                                List.of())
                        .alsoOn(links(i)));
        InquiryReceived received = new InquiryReceived(
                actor.workspaceId(),
                i.id(),
                new ThirdPartyId(i.thirdPartyId()),
                i.contactId(),
                i.objectId(),
                i.contactCreated(),
                actor.userId().value(),
                i.receivedAt());
        events.publishEvent(received);
        deals.open(received, i.form().message());
    }

    /** The records the entry shows on besides the third party: the inquiry, and its object when it has one. */
    private static Target[] links(Inquiry i) {
        Target inquiry = new Target(InquiryEntryTypes.TARGET, i.id().value());
        return i.objectId() == null
                ? new Target[] {inquiry}
                : new Target[] {inquiry, new Target(InquiryEntryTypes.OBJECT_TARGET, i.objectId())};
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}

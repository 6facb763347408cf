package io.relance.object.matching;

import io.relance.history.Target;
import io.relance.messaging.MailId;
import io.relance.messaging.MailTemplates;
import io.relance.messaging.OutboundMail;
import io.relance.messaging.Outbox;
import io.relance.messaging.SendRefused;
import io.relance.object.MatchesWritten;
import io.relance.object.SalesObjectId;
import io.relance.object.core.ObjectManagement;
import io.relance.object.core.SalesObject;
import io.relance.object.profile.SearchProfile;
import io.relance.object.profile.SearchProfileManagement;
import io.relance.party.ContactSummary;
import io.relance.party.ThirdPartyLookup;
import io.relance.party.ThirdPartySummary;
import io.relance.shared.FieldProblem;
import io.relance.shared.InvalidInputException;
import io.relance.shared.NotFoundException;
import io.relance.shared.RelanceUser;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Write to matches": the object's e-mail ({@code object.matches}, in each buyer's language) to the contacts of the
 * chosen search profiles that match it now. Each e-mail goes through the outbox in a transaction of its own, so the
 * contact rules judge each buyer alone (held until allowed, or refused); a queued or held one records the offer
 * ("already offered"), shows on the buyer's and the object's timelines, and publishes {@link MatchesWritten}.
 */
@Service
public class WriteToMatches {

    /** What became of one buyer. */
    public enum Outcome {
        QUEUED,
        HELD,
        REFUSED,
        NO_EMAIL
    }

    public record Sent(
            UUID searchProfileId, UUID thirdPartyId, UUID contactId, Outcome outcome, UUID mailId, String reasons) {}

    private final ObjectManagement objects;
    private final SearchProfileManagement profiles;
    private final Matching matching;
    private final ThirdPartyLookup thirdParties;
    private final MailTemplates templates;
    private final Outbox outbox;
    private final OfferTable offers;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    WriteToMatches(
            ObjectManagement objects,
            SearchProfileManagement profiles,
            Matching matching,
            ThirdPartyLookup thirdParties,
            MailTemplates templates,
            Outbox outbox,
            OfferTable offers,
            ApplicationEventPublisher events,
            TransactionTemplate tx,
            Clock clock) {
        this.objects = objects;
        this.profiles = profiles;
        this.matching = matching;
        this.thirdParties = thirdParties;
        this.templates = templates;
        this.outbox = outbox;
        this.offers = offers;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Writes to these profiles' buyers. A profile out of reach, or one that no longer matches, is a field error on
     * {@code searchProfileIds} and nothing is sent; {@code templateId} is the kind of template ({@code object.matches},
     * the default).
     */
    public List<Sent> write(RelanceUser me, SalesObjectId objectId, List<UUID> profileIds, String templateId) {
        SalesObject object = objects.get(me.workspaceId(), objectId);
        if (templateId != null && !templateId.isBlank() && !templateId.equals(MatchMailKind.KIND)) {
            throw new InvalidInputException("templateId", "validation.choice");
        }
        if (profileIds == null || profileIds.isEmpty()) {
            throw new InvalidInputException("searchProfileIds", "validation.required");
        }
        List<SearchProfile> chosen = new ArrayList<>();
        for (UUID id : profileIds.stream().distinct().toList()) {
            try {
                chosen.add(profiles.get(me, id));
            } catch (NotFoundException e) {
                throw new InvalidInputException("searchProfileIds", "validation.choice");
            }
        }
        List<UUID> matching = this.matching.matchingProfiles(
                me.workspaceId(),
                objectId,
                chosen.stream().map(SearchProfile::id).toList());
        if (matching.size() != chosen.size()) {
            throw new InvalidInputException(List.of(new FieldProblem("searchProfileIds", "object.write.notMatching")));
        }
        List<Sent> sent = new ArrayList<>();
        for (SearchProfile p : chosen) {
            sent.add(one(me, object, p));
        }
        return sent;
    }

    private Sent one(RelanceUser me, SalesObject object, SearchProfile p) {
        ThirdPartySummary buyer = thirdParties.find(me, p.thirdPartyId()).orElseThrow(NotFoundException::new);
        ContactSummary contact = p.contactId() == null
                ? null
                : thirdParties
                        .contact(me.workspaceId(), p.thirdPartyId(), p.contactId())
                        .orElse(null);
        String email = contact != null && contact.email() != null ? contact.email() : buyer.email();
        if (email == null || !Outbox.deliverable(email)) {
            return new Sent(p.id(), buyer.id().value(), p.contactId(), Outcome.NO_EMAIL, null, null);
        }
        String language = contact != null && contact.language() != null
                ? contact.language()
                : thirdParties.language(me.workspaceId(), p.thirdPartyId()).orElse(null);
        var mail = templates.render(me, MatchMailKind.KIND, language, values(object, contact, buyer));
        Instant now = clock.instant();
        try {
            MailId id = tx.execute(status -> {
                MailId queued = outbox.enqueue(OutboundMail.from(me, List.of(email), mail.subject(), mail.text())
                        .about(
                                ObjectManagement.target(object.id()),
                                Target.thirdParty(buyer.id().value())));
                offers.offered(
                        me.workspaceId(),
                        object.id().value(),
                        buyer.id().value(),
                        p.contactId(),
                        p.id(),
                        me.userId().value(),
                        now);
                events.publishEvent(new MatchesWritten(
                        me.workspaceId(),
                        object.id(),
                        List.of(new MatchesWritten.Recipient(buyer.id(), p.contactId(), p.id())),
                        me.userId(),
                        now));
                return queued;
            });
            boolean held = outbox.held(me.workspaceId(), id).isPresent();
            return new Sent(
                    p.id(), buyer.id().value(), p.contactId(), held ? Outcome.HELD : Outcome.QUEUED, id.value(), null);
        } catch (SendRefused e) {
            return new Sent(p.id(), buyer.id().value(), p.contactId(), Outcome.REFUSED, null, e.reasons());
        }
    }

    private static Map<String, String> values(SalesObject o, ContactSummary contact, ThirdPartySummary buyer) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("client.name", contact != null ? contact.name() : buyer.name());
        values.put("object.reference", o.reference());
        values.put("object.title", o.title());
        values.put("object.price", o.money() == null ? "" : money(o));
        values.put("object.place", String.join(" ", nonNull(o.postalCode(), o.city())));
        values.put("object.description", o.description() == null ? "" : o.description());
        return values;
    }

    private static String money(SalesObject o) {
        var format = java.text.NumberFormat.getCurrencyInstance(
                org.springframework.context.i18n.LocaleContextHolder.getLocale());
        format.setCurrency(java.util.Currency.getInstance(o.currency()));
        return format.format(o.price());
    }

    private static List<String> nonNull(String... parts) {
        return java.util.Arrays.stream(parts)
                .filter(s -> s != null && !s.isBlank())
                .toList();
    }
}

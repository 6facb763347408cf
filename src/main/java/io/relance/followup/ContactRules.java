package io.relance.followup;

import io.relance.followup.contact.ContactFrequencyPolicy;
import io.relance.followup.contact.ContactPolicy;
import io.relance.followup.contact.ContactPolicyLevels;
import io.relance.followup.contact.ContactSituation;
import io.relance.followup.contact.ContactTexts;
import io.relance.history.HistoryManagement;
import io.relance.history.OutboundContact;
import io.relance.history.Target;
import io.relance.party.ContactPreferences;
import io.relance.party.ProspectStatus;
import io.relance.party.ThirdPartyAccess;
import io.relance.party.ThirdPartyId;
import io.relance.party.ThirdPartyLookup;
import io.relance.party.ThirdPartySummary;
import io.relance.shared.NotFoundException;
import io.relance.shared.RelanceUser;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import io.relance.workspace.UserSummary;
import io.relance.workspace.WorkspaceManagement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact rules of a third party (and optionally one of its contacts) applied to a contact: the workspace's
 * defaults overridden by the third party's and the contact's, its status and the contact's flags, exclusivity, and the
 * outbound contacts its timeline holds (calls, e-mails, SMS, visits and meetings logged or sent, by anyone). The
 * rules themselves are {@link ContactFrequencyPolicy}'s.
 */
@Service
public class ContactRules {

    /** The most outbound contacts read for one check (far above any sensible limit per 30 days). */
    private static final int MAX_CONTACTS_READ = 1000;

    private final ContactPolicyLevels levels;
    private final ContactTexts texts;
    private final ThirdPartyLookup thirdParties;
    private final ThirdPartyAccess access;
    private final WorkspaceManagement workspaces;
    private final HistoryManagement history;
    private final Clock clock;

    ContactRules(
            ContactPolicyLevels levels,
            ContactTexts texts,
            ThirdPartyLookup thirdParties,
            ThirdPartyAccess access,
            WorkspaceManagement workspaces,
            HistoryManagement history,
            Clock clock) {
        this.levels = levels;
        this.texts = texts;
        this.thirdParties = thirdParties;
        this.access = access;
        this.workspaces = workspaces;
        this.history = history;
        this.clock = clock;
    }

    /**
     * Whether the user may contact the third party (one of its contacts when {@code contactId} is set) through this
     * channel at {@code at} (now when null). A third party he may not see, or a contact not its own, is a
     * {@link NotFoundException}.
     */
    @Transactional(readOnly = true)
    public ContactCheck check(RelanceUser me, ThirdPartyId id, UUID contactId, ContactChannel channel, Instant at) {
        return check(me, id, contactId, channel, me.userId(), at);
    }

    /** The same for a contact by {@code who} (a member the user asks about), reasons in the user's language. */
    @Transactional(readOnly = true)
    public ContactCheck check(
            RelanceUser me, ThirdPartyId id, UUID contactId, ContactChannel channel, UserId who, Instant at) {
        ThirdPartySummary party = thirdParties.find(me, id).orElseThrow(NotFoundException::new);
        return check(me.workspaceId(), party, contactId, channel, false, who, at, me.locale());
    }

    /**
     * The same for a contact planned on a day (at a time, else at the start of the contact hours that day), by
     * {@code who} (the task's assignee).
     */
    @Transactional(readOnly = true)
    public ContactCheck checkPlanned(
            RelanceUser me,
            ThirdPartyId id,
            UUID contactId,
            ContactChannel channel,
            UserId who,
            LocalDate day,
            LocalTime time) {
        ThirdPartySummary party = thirdParties.find(me, id).orElseThrow(NotFoundException::new);
        Resolved r = resolve(me.workspaceId(), party, contactId);
        Instant at = ZonedDateTime.of(
                        day,
                        time != null ? time : r.policy().hoursFrom(),
                        time != null ? workspaceZone(me.workspaceId()) : r.zone())
                .toInstant();
        Instant now = clock.instant();
        return check(me.workspaceId(), party, contactId, channel, false, who, at.isBefore(now) ? now : at, me.locale());
    }

    /**
     * The contact rules a planned task's contact breaks, by its assignee at its due day and time (none for a to-do):
     * the warnings of planning it, in the user's language.
     */
    @Transactional(readOnly = true)
    public List<ContactCheck.Reason> warnings(RelanceUser me, TaskView task) {
        return ContactChannel.of(task.type())
                .map(channel -> checkPlanned(
                                me,
                                task.target().thirdParty(),
                                task.target().contactId(),
                                channel,
                                task.assignee(),
                                task.dueDate(),
                                task.dueTime())
                        .reasons())
                .orElse(List.of());
    }

    /**
     * Whoever asks (a job, a send): whether {@code actor} (null: nobody in particular, exclusivity not judged) may
     * contact a third party through this channel, a marketing send or not, at {@code at}; reasons in {@code locale}.
     * Empty when the third party is gone.
     */
    @Transactional(readOnly = true)
    public Optional<ContactCheck> check(
            WorkspaceId ws,
            ThirdPartyId id,
            UUID contactId,
            ContactChannel channel,
            boolean marketing,
            UserId actor,
            Instant at,
            Locale locale) {
        return thirdParties.find(ws, id).map(p -> check(ws, p, contactId, channel, marketing, actor, at, locale));
    }

    /**
     * Exclusivity alone: refuses ({@link ContactRefused}) a user who is not the owner, not a manager and has no
     * active special case, and one who is not an active member.
     */
    @Transactional(readOnly = true)
    public void requireMayContact(WorkspaceId ws, ThirdPartyId id, UserId user, Locale locale) {
        ThirdPartySummary party = thirdParties.find(ws, id).orElseThrow(NotFoundException::new);
        if (!mayContact(ws, party, user)) {
            var finding = new ContactFrequencyPolicy.Finding(ContactRule.EXCLUSIVITY, null, List.of());
            throw new ContactRefused(
                    List.of(texts.reason(finding, people(ws, party, user), workspaceZone(ws), locale)));
        }
    }

    /** The time zone of a third party's contact rules (a contact's, when given): set, else from the country. */
    @Transactional(readOnly = true)
    public ZoneId zone(WorkspaceId ws, ThirdPartyId id, UUID contactId) {
        return thirdParties
                .find(ws, id)
                .map(p -> resolve(ws, p, contactId).zone())
                .orElseGet(() -> workspaceZone(ws));
    }

    private ContactCheck check(
            WorkspaceId ws,
            ThirdPartySummary party,
            UUID contactId,
            ContactChannel channel,
            boolean marketing,
            UserId actor,
            Instant at,
            Locale locale) {
        Instant when = at != null ? at : clock.instant();
        Resolved r = resolve(ws, party, contactId);
        int daysBack = Math.max(30, r.policy().minDaysBetween() + 1);
        List<Instant> past = history
                .outboundContacts(
                        ws.value(),
                        Target.thirdParty(party.id().value()),
                        when.minus(Duration.ofDays(daysBack)),
                        when,
                        MAX_CONTACTS_READ)
                .stream()
                .map(OutboundContact::at)
                .toList();
        ContactPreferences prefs = r.contact();
        ContactSituation situation = new ContactSituation(
                channel,
                marketing,
                when,
                r.zone(),
                r.policy(),
                party.status() == ProspectStatus.DO_NOT_CONTACT,
                prefs != null && prefs.doNotCall(),
                prefs != null && prefs.marketingOptOut(),
                actor == null || mayContact(ws, party, actor),
                past);
        ContactFrequencyPolicy.Verdict verdict = ContactFrequencyPolicy.judge(situation);
        ZoneId readerZone = workspaceZone(ws);
        ContactTexts.People people = verdict.breaks(ContactRule.EXCLUSIVITY) ? people(ws, party, actor) : null;
        return new ContactCheck(
                verdict.allowed(),
                verdict.findings().stream()
                        .map(f -> texts.reason(f, people, verdict.allowedFrom(), readerZone, locale))
                        .toList(),
                verdict.allowedFrom());
    }

    /** The effective policy, the contact's preferences (null without a contact) and the zone the rules run in. */
    private record Resolved(ContactPolicy policy, ContactPreferences contact, ZoneId zone) {}

    private Resolved resolve(WorkspaceId ws, ThirdPartySummary party, UUID contactId) {
        if (contactId == null) {
            ContactPolicyLevels.Applied applied = levels.thirdParty(ws, party);
            return new Resolved(applied.effective(), null, applied.zone());
        }
        ContactPreferences contact =
                thirdParties.contactPreferences(ws, party.id(), contactId).orElseThrow(NotFoundException::new);
        ContactPolicyLevels.Applied applied = levels.contact(ws, party, contact);
        return new Resolved(applied.effective(), contact, applied.zone());
    }

    private boolean mayContact(WorkspaceId ws, ThirdPartySummary party, UserId user) {
        return workspaces
                .reload(ws, user)
                .filter(RelanceUser::isEnabled)
                .map(u -> access.canSee(u, party.id(), party.ownerId()))
                .orElse(false);
    }

    private ContactTexts.People people(WorkspaceId ws, ThirdPartySummary party, UserId actor) {
        return new ContactTexts.People(name(ws, actor), name(ws, party.ownerId()));
    }

    private String name(WorkspaceId ws, UserId user) {
        return user == null
                ? "—"
                : workspaces.member(ws, user).map(UserSummary::displayName).orElse("—");
    }

    private ZoneId workspaceZone(WorkspaceId ws) {
        return workspaces.workspace(ws).zone();
    }
}

package io.relance.party.ownership;

import io.relance.history.FieldChange;
import io.relance.party.OwnerChanged;
import io.relance.party.PartyEntryTypes;
import io.relance.party.ThirdPartyId;
import io.relance.party.core.ThirdParty;
import io.relance.party.core.ThirdPartyDetails;
import io.relance.party.core.ThirdPartyRecords;
import io.relance.shared.FieldProblem;
import io.relance.shared.ForbiddenException;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.NotFoundException;
import io.relance.shared.RelanceUser;
import io.relance.shared.StaleVersionException;
import io.relance.shared.Text;
import io.relance.shared.UserId;
import io.relance.workspace.UserSummary;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who owns a third party: giving it to another owner, and lending it for a while (ownership exceptions).
 * Managers and admins only; a rep who may see the third party is answered "forbidden".
 */
@Service
public class OwnershipManagement {

    private static final Logger log = LoggerFactory.getLogger(OwnershipManagement.class);

    private final OwnershipExceptions exceptions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ThirdPartyRecords records;

    OwnershipManagement(
            OwnershipExceptions exceptions, ApplicationEventPublisher events, Clock clock, ThirdPartyRecords records) {
        this.exceptions = exceptions;
        this.events = events;
        this.clock = clock;
        this.records = records;
    }

    /**
     * Gives a third party to another owner (managers and admins). Two managers at the same moment: the second
     * one's version is stale and he gets a 409.
     */
    @Transactional
    public ThirdPartyDetails reassign(RelanceUser me, ThirdPartyId id, UserId newOwner, Long version) {
        if (!me.seesAll()) {
            records.visible(me, id.value());
            throw new ForbiddenException();
        }
        ThirdParty tp = records.visible(me, id.value());
        if (version == null) {
            throw new InvalidInputException("version", "validation.version");
        }
        if (!records.activeMember(me.workspaceId(), newOwner)) {
            throw new InvalidInputException("ownerId", "thirdParty.owner.unknown");
        }
        if (tp.version() != version) {
            throw new StaleVersionException();
        }
        UserId before = tp.ownerId();
        Instant now = clock.instant();
        FieldChange change = tp.reassign(newOwner, now);
        if (change != null) {
            records.save(me, tp, version);
            Map<UserId, UserSummary> members = records.members(me.workspaceId());
            String summary =
                    ThirdPartyRecords.name(members, before) + " → " + ThirdPartyRecords.name(members, newOwner);
            records.record(me, tp, PartyEntryTypes.OWNER_CHANGED, summary, now, List.of(change));
            events.publishEvent(new OwnerChanged(me.workspaceId(), id, before, newOwner, me.userId()));
            log.info("{} gave third party {} to {}", me.email(), tp.code(), newOwner);
        }
        return records.get(me, id);
    }

    @Transactional
    public OwnershipException grantException(
            RelanceUser me, ThirdPartyId id, UserId user, Instant endsAt, String reason) {
        if (!me.seesAll()) {
            records.visible(me, id.value());
            throw new ForbiddenException();
        }
        ThirdParty tp = records.visible(me, id.value());
        List<FieldProblem> problems = new ArrayList<>();
        if (user == null || !records.activeMember(me.workspaceId(), user)) {
            problems.add(new FieldProblem("userId", "thirdParty.owner.unknown"));
        }
        Instant now = clock.instant();
        if (endsAt == null || !endsAt.isAfter(now)) {
            problems.add(new FieldProblem("endsAt", "exception.endsAt.past"));
        }
        String why = Text.clean(reason);
        if (why == null) {
            problems.add(new FieldProblem("reason", "validation.required"));
        } else if (why.length() > 300) {
            problems.add(new FieldProblem("reason", "validation.size.max", 300));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        OwnershipException e = new OwnershipException(
                Ids.newId(), tp.id().value(), user.value(), me.userId().value(), why, endsAt, now, null);
        exceptions.insert(me.workspaceId(), e);
        String summary = ThirdPartyRecords.name(records.members(me.workspaceId()), user) + " · " + why;
        records.record(me, tp, PartyEntryTypes.EXCEPTION_GRANTED, summary, now);
        return e;
    }

    @Transactional
    public void revokeException(RelanceUser me, ThirdPartyId id, UUID exceptionId) {
        if (!me.seesAll()) {
            records.visible(me, id.value());
            throw new ForbiddenException();
        }
        ThirdParty tp = records.visible(me, id.value());
        if (!exceptions.revoke(me.workspaceId(), tp.id().value(), exceptionId, clock.instant())) {
            throw new NotFoundException();
        }
        records.record(me, tp, PartyEntryTypes.EXCEPTION_REVOKED, null, clock.instant());
    }

    public List<OwnershipException> exceptions(RelanceUser me, ThirdPartyId id) {
        records.visible(me, id.value());
        return exceptions.of(me.workspaceId(), id.value());
    }
}

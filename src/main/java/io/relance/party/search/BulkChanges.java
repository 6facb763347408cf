package io.relance.party.search;

import io.relance.history.FieldChange;
import io.relance.history.HistoryEvent;
import io.relance.history.HistoryManagement;
import io.relance.history.Target;
import io.relance.party.OwnerChanged;
import io.relance.party.PartyEntryTypes;
import io.relance.party.ProspectStatusChanged;
import io.relance.party.ThirdPartyAccess;
import io.relance.party.core.PotentialLevel;
import io.relance.party.core.PotentialLevels;
import io.relance.party.core.Tag;
import io.relance.party.core.Tags;
import io.relance.party.core.ThirdPartyRecords;
import io.relance.shared.FieldProblem;
import io.relance.shared.ForbiddenException;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import io.relance.workspace.UserSummary;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One change applied to a selection of the list (up to {@link #MAX_IDS} third parties): set-based, one statement
 * per change for the whole selection, each record changed still recorded on its timeline (in one multi-row insert)
 * and announced by the same events as a change of one record.
 */
@Service
public class BulkChanges {

    public static final int MAX_IDS = 500;

    private static final Logger log = LoggerFactory.getLogger(BulkChanges.class);

    private final BulkUpdates updates;
    private final Tags tags;
    private final PotentialLevels potentials;
    private final ThirdPartyAccess access;
    private final ThirdPartyRecords records;
    private final HistoryManagement history;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BulkChanges(
            BulkUpdates updates,
            Tags tags,
            PotentialLevels potentials,
            ThirdPartyAccess access,
            ThirdPartyRecords records,
            HistoryManagement history,
            ApplicationEventPublisher events,
            Clock clock) {
        this.updates = updates;
        this.tags = tags;
        this.potentials = potentials;
        this.access = access;
        this.records = records;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Applies one change to a selection; answers how many third parties it reached. Ids out of the user's reach
     * (another workspace, deleted, not his) are skipped; a tag is not added to a third party that carries
     * {@link Tags#MAX_PER_RECORD} tags already, which then does not count when the tag was the only change.
     */
    @Transactional
    public int bulk(RelanceUser me, BulkChange change) {
        if (change.ids() == null || change.ids().isEmpty()) {
            throw new InvalidInputException("ids", "validation.required");
        }
        if (change.ids().size() > MAX_IDS) {
            throw new InvalidInputException("ids", "bulk.tooMany", MAX_IDS);
        }
        if (change.ownerId() != null && !me.seesAll()) {
            throw new ForbiddenException();
        }
        WorkspaceId ws = me.workspaceId();
        ThirdPartyAccess.Predicate reach = access.predicate(me, BulkUpdates.columns());
        List<BulkUpdates.Selected> selected =
                updates.reachable(ws, change.ids().stream().distinct().toList(), reach);
        if (selected.isEmpty()) {
            return 0;
        }
        check(me, change);
        Instant now = clock.instant();
        UUID actor = me.userId().value();
        List<HistoryEvent> timeline = new ArrayList<>();
        List<Object> announced = new ArrayList<>();
        if (change.status() != null) {
            List<BulkUpdates.Selected> changing =
                    selected.stream().filter(s -> s.status() != change.status()).toList();
            updates.set(ws, "status", change.status().name(), ids(changing), reach, now);
            for (BulkUpdates.Selected s : changing) {
                FieldChange done = new FieldChange(
                        "status", s.status().name(), change.status().name());
                timeline.addAll(ThirdPartyRecords.changeEvents(target(s), actor, List.of(done), now));
                announced.add(new ProspectStatusChanged(ws, s.id(), s.status(), change.status()));
            }
        }
        if (change.potential() != null) {
            List<BulkUpdates.Selected> changing = selected.stream()
                    .filter(s -> !change.potential().equals(s.potential()))
                    .toList();
            updates.set(ws, "potential", change.potential(), ids(changing), reach, now);
            for (BulkUpdates.Selected s : changing) {
                FieldChange done = new FieldChange("potential", s.potential(), change.potential());
                timeline.addAll(ThirdPartyRecords.changeEvents(target(s), actor, List.of(done), now));
            }
        }
        if (change.ownerId() != null) {
            reassign(me, selected, new UserId(change.ownerId()), reach, now, timeline, announced);
        }
        int reached = selected.size();
        if (change.addTag() != null && !change.addTag().isBlank()) {
            int tagged = addTag(ws, selected, change.addTag().strip(), actor, now, timeline);
            if (change.status() == null && change.potential() == null && change.ownerId() == null) {
                reached = tagged;
            }
        }
        history.recordAll(ws.value(), timeline);
        announced.forEach(events::publishEvent);
        return reached;
    }

    private void check(RelanceUser me, BulkChange change) {
        if (change.potential() != null
                && potentials.of(me.workspaceId()).stream()
                        .map(PotentialLevel::key)
                        .noneMatch(change.potential()::equals)) {
            throw new InvalidInputException(List.of(new FieldProblem("potential", "validation.choice")));
        }
        if (change.ownerId() != null && !records.activeMember(me.workspaceId(), new UserId(change.ownerId()))) {
            throw new InvalidInputException("ownerId", "thirdParty.owner.unknown");
        }
    }

    private void reassign(
            RelanceUser me,
            List<BulkUpdates.Selected> selected,
            UserId owner,
            ThirdPartyAccess.Predicate reach,
            Instant now,
            List<HistoryEvent> timeline,
            List<Object> announced) {
        List<BulkUpdates.Selected> changing =
                selected.stream().filter(s -> !s.ownerId().equals(owner)).toList();
        updates.set(me.workspaceId(), "owner_id", owner.value(), ids(changing), reach, now);
        Map<UserId, UserSummary> members = records.members(me.workspaceId());
        for (BulkUpdates.Selected s : changing) {
            timeline.add(HistoryEvent.of(
                            target(s),
                            PartyEntryTypes.OWNER_CHANGED,
                            ThirdPartyRecords.name(members, s.ownerId()) + " → "
                                    + ThirdPartyRecords.name(members, owner),
                            me.userId().value(),
                            now)
                    .withChanges(List.of(new FieldChange("owner", s.ownerId().toString(), owner.toString()))));
            announced.add(new OwnerChanged(me.workspaceId(), s.id(), s.ownerId(), owner, me.userId()));
        }
        if (!changing.isEmpty()) {
            log.info("{} gave {} third parties to {}", me.email(), changing.size(), owner);
        }
    }

    /** Adds a tag where it is missing and the limit allows; answers how many of the selection carry it after. */
    private int addTag(
            WorkspaceId ws,
            List<BulkUpdates.Selected> selected,
            String name,
            UUID actor,
            Instant now,
            List<HistoryEvent> timeline) {
        Tag tag = tags.ensure(ws, List.of(name)).get(0);
        Map<UUID, List<Tag>> before = tags.of(ws, ids(selected));
        List<BulkUpdates.Selected> adding = new ArrayList<>();
        int carrying = 0;
        for (BulkUpdates.Selected s : selected) {
            List<Tag> current = before.getOrDefault(s.id().value(), List.of());
            if (current.stream().anyMatch(t -> t.id().equals(tag.id()))) {
                carrying++;
            } else if (current.size() < Tags.MAX_PER_RECORD) {
                adding.add(s);
            }
        }
        tags.addToAll(ws, ids(adding), tag);
        updates.touch(ws, ids(adding), now);
        for (BulkUpdates.Selected s : adding) {
            List<Tag> current = before.getOrDefault(s.id().value(), List.of());
            String beforeTags = names(current);
            List<Tag> after = new ArrayList<>(current);
            after.add(tag);
            timeline.addAll(ThirdPartyRecords.changeEvents(
                    target(s), actor, List.of(new FieldChange("tags", beforeTags, names(after))), now));
        }
        return carrying + adding.size();
    }

    private static String names(List<Tag> tags) {
        return tags.stream().map(Tag::name).sorted().collect(Collectors.joining(", "));
    }

    private static List<UUID> ids(List<BulkUpdates.Selected> selected) {
        return selected.stream().map(s -> s.id().value()).toList();
    }

    private static Target target(BulkUpdates.Selected s) {
        return Target.thirdParty(s.id().value());
    }
}

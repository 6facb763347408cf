package io.relance.party.core;

import io.relance.history.FieldChange;
import io.relance.history.HistoryEvent;
import io.relance.history.HistoryManagement;
import io.relance.history.Target;
import io.relance.party.PartyEntryTypes;
import io.relance.party.ThirdPartyAccess;
import io.relance.party.ThirdPartyId;
import io.relance.party.customfield.CustomField;
import io.relance.party.customfield.CustomFieldInput;
import io.relance.party.customfield.CustomFieldValue;
import io.relance.party.customfield.CustomFields;
import io.relance.shared.ForbiddenException;
import io.relance.shared.NotFoundException;
import io.relance.shared.RelanceUser;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import io.relance.workspace.UserSummary;
import io.relance.workspace.WorkspaceManagement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What every use case of the module does with a third party: find one the user may see, save it at the version he
 * read, record its changes on the timeline, read it back with its tags, custom values and owner. Shared by the
 * use-case classes rather than copied into each.
 */
@Component
public class ThirdPartyRecords {

    private final ThirdParties thirdParties;
    private final Tags tags;
    private final TagsAndValues tagsAndValues;
    private final CustomFields customFields;
    private final ThirdPartyAccess access;
    private final HistoryManagement history;
    private final WorkspaceManagement workspaces;

    ThirdPartyRecords(
            ThirdParties thirdParties,
            Tags tags,
            TagsAndValues tagsAndValues,
            CustomFields customFields,
            ThirdPartyAccess access,
            HistoryManagement history,
            WorkspaceManagement workspaces) {
        this.thirdParties = thirdParties;
        this.tags = tags;
        this.tagsAndValues = tagsAndValues;
        this.customFields = customFields;
        this.access = access;
        this.history = history;
        this.workspaces = workspaces;
    }

    /** A third party the user may see and act on; "not found" otherwise. */
    public ThirdParty visible(RelanceUser me, UUID id) {
        ThirdParty tp = thirdParties.find(me.workspaceId(), id).orElseThrow(NotFoundException::new);
        if (tp.deleted() || !canSee(me, tp)) {
            throw new NotFoundException();
        }
        return tp;
    }

    /**
     * A third party the user may dispose of — merge it away, delete it: its owner, or a manager or admin. A special
     * case lends a record to work on it (see it, log calls, change its status), not to take it: a rep it was lent to
     * gets 403.
     */
    public ThirdParty owned(RelanceUser me, UUID id) {
        ThirdParty tp = visible(me, id);
        if (!me.seesAll() && !tp.ownerId().equals(me.userId())) {
            throw new io.relance.shared.ForbiddenException();
        }
        return tp;
    }

    /** A stale version is a conflict whatever the value asked for (even the one the record already has). */
    public static void checkVersion(ThirdParty tp, Long version) {
        if (version != null && version != tp.version()) {
            throw new io.relance.shared.StaleVersionException();
        }
    }

    public boolean canSee(RelanceUser me, ThirdParty tp) {
        return access.canSee(me, tp.id(), tp.ownerId());
    }

    /** The third party with its tags, custom values and owner, as the pages and the API show it. */
    public ThirdPartyDetails get(RelanceUser me, ThirdPartyId id) {
        ThirdParty tp = visible(me, id.value());
        return details(me.workspaceId(), List.of(tp), fieldsByKey(me.workspaceId()))
                .get(0);
    }

    public List<ThirdPartyDetails> details(WorkspaceId ws, List<ThirdParty> items, Map<String, CustomField> fields) {
        List<UUID> ids = items.stream().map(t -> t.id().value()).toList();
        TagsAndValues.Beside beside = tagsAndValues.of(ws, ids);
        Map<UUID, List<Tag>> tagsOf = tags.resolve(ws, beside.tagLinks());
        Map<UUID, CustomField> byId = fields.values().stream().collect(Collectors.toMap(CustomField::id, f -> f));
        Map<UUID, List<CustomFieldValue>> valuesOf =
                beside.values().stream().collect(Collectors.groupingBy(CustomFieldValue::thirdPartyId));
        Map<UserId, UserSummary> members = members(ws);
        return items.stream()
                .map(t -> new ThirdPartyDetails(
                        t,
                        tagsOf.getOrDefault(t.id().value(), List.of()),
                        CustomFieldInput.toJson(valuesOf.getOrDefault(t.id().value(), List.of()), byId),
                        members.get(t.ownerId())))
                .toList();
    }

    /** Saves every field if the row is still at {@code expectedVersion}; a stale write is a 409. */
    public void save(RelanceUser me, ThirdParty tp, long expectedVersion) {
        thirdParties.update(
                me.workspaceId(),
                tp,
                tp.searchText(workspaces.workspace(me.workspaceId()).country()),
                expectedVersion);
    }

    /** An event on the third party's timeline, by the user. */
    public HistoryEvent record(RelanceUser me, ThirdParty tp, String kind, String summary, Instant at) {
        return record(me, tp, kind, summary, at, List.of());
    }

    /** An event on the third party's timeline, by the user, with the fields it changed. */
    public HistoryEvent record(
            RelanceUser me, ThirdParty tp, String kind, String summary, Instant at, List<FieldChange> changes) {
        return history.record(
                me.workspaceId().value(),
                HistoryEvent.of(target(tp), kind, summary, me.userId().value(), at)
                        .withChanges(changes));
    }

    /** Field changes on the timeline: the status and the potential each as its own event, the others together. */
    public void recordChanges(RelanceUser me, ThirdParty tp, List<FieldChange> changes, Instant now) {
        for (HistoryEvent event : changeEvents(target(tp), me.userId().value(), changes, now)) {
            history.record(me.workspaceId().value(), event);
        }
    }

    /** The timeline events that record these field changes of a record (see {@link #recordChanges}). */
    public static List<HistoryEvent> changeEvents(Target target, UUID actor, List<FieldChange> changes, Instant now) {
        List<HistoryEvent> events = new ArrayList<>();
        List<FieldChange> plain = new ArrayList<>();
        for (FieldChange change : changes) {
            String kind = switch (change.field()) {
                case "status" -> PartyEntryTypes.STATUS_CHANGED;
                case "potential" -> PartyEntryTypes.POTENTIAL_CHANGED;
                default -> null;
            };
            if (kind != null) {
                events.add(HistoryEvent.of(target, kind, change.before() + " → " + change.after(), actor, now)
                        .withChanges(List.of(change)));
            } else {
                plain.add(change);
            }
        }
        if (!plain.isEmpty()) {
            String summary = plain.stream().map(FieldChange::field).collect(Collectors.joining(", "));
            events.add(HistoryEvent.of(target, PartyEntryTypes.FIELD_CHANGED, summary, actor, now)
                    .withChanges(plain));
        }
        return events;
    }

    public boolean activeMember(WorkspaceId ws, UserId user) {
        return workspaces.member(ws, user).filter(UserSummary::active).isPresent();
    }

    public Map<UserId, UserSummary> members(WorkspaceId ws) {
        return workspaces.members(ws).stream().collect(Collectors.toMap(UserSummary::id, Function.identity()));
    }

    /** A member's name as the timeline shows it; his id when he is gone. */
    public static String name(Map<UserId, UserSummary> members, UserId id) {
        UserSummary user = members.get(id);
        return user == null ? id.toString() : user.displayName();
    }

    public Map<String, CustomField> fieldsByKey(WorkspaceId ws) {
        Map<String, CustomField> byKey = new HashMap<>();
        customFields.all(ws).forEach(f -> byKey.put(f.key(), f));
        return byKey;
    }

    public static Target target(ThirdParty tp) {
        return Target.thirdParty(tp.id().value());
    }

    public static void requireAdmin(RelanceUser me) {
        if (!me.isAdmin()) {
            throw new ForbiddenException();
        }
    }
}

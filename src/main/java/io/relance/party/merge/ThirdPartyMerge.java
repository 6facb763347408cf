package io.relance.party.merge;

import io.relance.history.FieldChange;
import io.relance.history.HistoryEvent;
import io.relance.history.HistoryManagement;
import io.relance.party.PartyEntryTypes;
import io.relance.party.ProspectStatus;
import io.relance.party.ProspectStatusChanged;
import io.relance.party.ThirdPartiesMerged;
import io.relance.party.ThirdPartyId;
import io.relance.party.contact.Contacts;
import io.relance.party.core.Tag;
import io.relance.party.core.Tags;
import io.relance.party.core.ThirdParties;
import io.relance.party.core.ThirdParty;
import io.relance.party.core.ThirdPartyDetails;
import io.relance.party.core.ThirdPartyRecords;
import io.relance.party.customfield.CustomField;
import io.relance.party.customfield.CustomFieldInput;
import io.relance.party.customfield.CustomFieldValue;
import io.relance.party.customfield.CustomFields;
import io.relance.party.ownership.OwnershipExceptions;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.relance.shared.WorkspaceId;
import io.relance.workspace.Workspace;
import io.relance.workspace.WorkspaceManagement;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
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
 * Merging a duplicate into the third party that survives it.
 */
@Service
public class ThirdPartyMerge {

    private static final Logger log = LoggerFactory.getLogger(ThirdPartyMerge.class);

    private final ThirdParties thirdParties;
    private final Tags tags;
    private final CustomFields customFields;
    private final Contacts contacts;
    private final OwnershipExceptions exceptions;
    private final HistoryManagement history;
    private final WorkspaceManagement workspaces;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ThirdPartyRecords records;
    private final MergePicks picks;

    ThirdPartyMerge(
            ThirdParties thirdParties,
            Tags tags,
            CustomFields customFields,
            Contacts contacts,
            OwnershipExceptions exceptions,
            HistoryManagement history,
            WorkspaceManagement workspaces,
            ApplicationEventPublisher events,
            Clock clock,
            ThirdPartyRecords records,
            MergePicks picks) {
        this.thirdParties = thirdParties;
        this.tags = tags;
        this.customFields = customFields;
        this.contacts = contacts;
        this.exceptions = exceptions;
        this.history = history;
        this.workspaces = workspaces;
        this.events = events;
        this.clock = clock;
        this.records = records;
        this.picks = picks;
    }

    /** The plain merge: no version checked, every field by default (see {@link #merge(RelanceUser, ThirdPartyId, MergeRequest)}). */
    @Transactional
    public ThirdPartyDetails merge(RelanceUser me, ThirdPartyId survivorId, ThirdPartyId duplicateId) {
        return merge(me, survivorId, MergeRequest.of(duplicateId));
    }

    /**
     * A record the user may merge, as the merge page shows it: he must be its owner, or a manager or admin (a rep it
     * is only lent to gets 403, one he cannot see 404).
     */
    public ThirdPartyDetails mergeable(RelanceUser me, ThirdPartyId id) {
        records.owned(me, id.value());
        return records.get(me, id);
    }

    /**
     * Merges a duplicate into a survivor in one transaction, once both versions are checked: each picked field takes
     * the picked side's value, the others are filled where the survivor's are empty; notes concatenated, tags
     * united; contacts, files, history and exceptions moved, the duplicate's code kept as a searchable alias, and a
     * MERGED event with what changed and the duplicate's snapshot. The survivor keeps its id, code and history.
     */
    @Transactional
    public ThirdPartyDetails merge(RelanceUser me, ThirdPartyId survivorId, MergeRequest request) {
        ThirdPartyId duplicateId = request.duplicateId();
        if (survivorId.equals(duplicateId)) {
            throw new InvalidInputException("duplicateId", "merge.same");
        }
        // a merge disposes of the duplicate and changes the survivor: the right on both, not a loan
        ThirdParty survivor = records.owned(me, survivorId.value());
        ThirdParty duplicate = records.owned(me, duplicateId.value());
        ThirdPartyRecords.checkVersion(survivor, request.survivorVersion());
        ThirdPartyRecords.checkVersion(duplicate, request.duplicateVersion());
        WorkspaceId ws = me.workspaceId();
        Map<String, CustomField> fields = records.fieldsByKey(ws);
        MergePicks.check(request.picks(), fields);
        Workspace workspace = workspaces.workspace(ws);
        Instant now = clock.instant();
        Map<UUID, CustomField> byId = fields.values().stream().collect(Collectors.toMap(CustomField::id, f -> f));
        UUID s = survivor.id().value();
        UUID d = duplicate.id().value();
        List<CustomFieldValue> stored = customFields.values(ws, List.of(s, d));
        Map<String, Object> customBefore = custom(stored, s, byId);
        Map<String, Object> snapshot = snapshot(me, duplicate, custom(stored, d, byId));
        Map<String, String> before = MergeFields.values(survivor);
        ProspectStatus statusBefore = survivor.status();
        long survivorVersion = survivor.version();
        long duplicateVersion = duplicate.version();
        List<FieldChange> absorbed = survivor.absorb(duplicate, now);
        picks.apply(survivor, before, duplicate, request.picks(), workspace.country(), now);
        tags.mergeInto(ws, d, s);
        customFields.mergeInto(ws, d, s);
        picks.applyCustom(ws, s, d, stored, request.picks(), fields);
        contacts.moveAll(ws, d, s);
        exceptions.moveAll(ws, d, s);
        history.moveTarget(ws.value(), ThirdPartyRecords.target(duplicate), ThirdPartyRecords.target(survivor));
        duplicate.mergedInto(survivor.id(), now);
        thirdParties.update(ws, duplicate, duplicate.searchText(workspace.country()), duplicateVersion);
        thirdParties.update(ws, survivor, survivor.searchText(workspace.country()), survivorVersion);
        List<FieldChange> changes = MergePicks.changes(
                before,
                MergeFields.values(survivor),
                customBefore,
                custom(customFields.values(ws, List.of(s)), s, byId),
                absorbed);
        history.record(
                ws.value(),
                HistoryEvent.of(
                                ThirdPartyRecords.target(survivor),
                                PartyEntryTypes.MERGED,
                                duplicate.name() + " (" + duplicate.code() + ")",
                                me.userId().value(),
                                now)
                        .withChanges(changes)
                        .withSnapshot(snapshot));
        if (survivor.status() != statusBefore) {
            events.publishEvent(new ProspectStatusChanged(ws, survivor.id(), statusBefore, survivor.status()));
        }
        events.publishEvent(new ThirdPartiesMerged(ws, survivor.id(), duplicate.id()));
        log.info("{} merged {} into {}", me.email(), duplicate.code(), survivor.code());
        return records.get(me, survivorId);
    }

    private static Map<String, Object> custom(List<CustomFieldValue> stored, UUID of, Map<UUID, CustomField> byId) {
        return CustomFieldInput.toJson(
                stored.stream().filter(v -> v.thirdPartyId().equals(of)).toList(), byId);
    }

    private Map<String, Object> snapshot(RelanceUser me, ThirdParty d, Map<String, Object> custom) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", d.id().toString());
        s.put("code", d.code());
        s.put("name", d.name());
        s.put("email", d.email());
        s.put("phone", d.phone());
        s.put("mobile", d.mobile());
        s.put("website", d.website());
        s.put("addressLine", d.addressLine());
        s.put("postalCode", d.postalCode());
        s.put("city", d.city());
        s.put("country", d.country());
        s.put("status", d.status().name());
        s.put("potential", d.potential());
        s.put("notes", d.notes());
        s.put("ownerId", d.ownerId().toString());
        s.put("createdAt", d.createdAt().toString());
        s.put(
                "tags",
                tags.of(me.workspaceId(), List.of(d.id().value())).getOrDefault(d.id().value(), List.of()).stream()
                        .map(Tag::name)
                        .toList());
        // the survivor may keep its own custom values: the duplicate's are kept here, so that nothing is lost
        s.put("customFields", custom);
        return s;
    }
}

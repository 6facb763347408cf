package io.relance.party.merge;

import io.relance.history.FieldChange;
import io.relance.history.HistoryEvent;
import io.relance.history.HistoryManagement;
import io.relance.party.PartyEntryTypes;
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
            ThirdPartyRecords records) {
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
    }

    /**
     * Merges a duplicate into a survivor in one transaction: empty fields filled, notes concatenated, tags united,
     * custom values kept where the survivor had none, contacts, files, history and exceptions moved, the
     * duplicate's code kept as a searchable alias, and a MERGED event with the duplicate's snapshot.
     */
    @Transactional
    public ThirdPartyDetails merge(RelanceUser me, ThirdPartyId survivorId, ThirdPartyId duplicateId) {
        if (survivorId.equals(duplicateId)) {
            throw new InvalidInputException("duplicateId", "merge.same");
        }
        // a merge disposes of the duplicate and changes the survivor: the right on both, not a loan
        ThirdParty survivor = records.owned(me, survivorId.value());
        ThirdParty duplicate = records.owned(me, duplicateId.value());
        WorkspaceId ws = me.workspaceId();
        Workspace workspace = workspaces.workspace(ws);
        Instant now = clock.instant();
        Map<String, Object> snapshot = snapshot(me, duplicate);
        long survivorVersion = survivor.version();
        long duplicateVersion = duplicate.version();
        List<FieldChange> filled = survivor.absorb(duplicate, now);
        tags.mergeInto(ws, duplicate.id().value(), survivor.id().value());
        customFields.mergeInto(ws, duplicate.id().value(), survivor.id().value());
        contacts.moveAll(ws, duplicate.id().value(), survivor.id().value());
        exceptions.moveAll(ws, duplicate.id().value(), survivor.id().value());
        history.moveTarget(ws.value(), ThirdPartyRecords.target(duplicate), ThirdPartyRecords.target(survivor));
        duplicate.mergedInto(survivor.id(), now);
        thirdParties.update(ws, duplicate, duplicate.searchText(workspace.country()), duplicateVersion);
        thirdParties.update(ws, survivor, survivor.searchText(workspace.country()), survivorVersion);
        history.record(
                ws.value(),
                HistoryEvent.of(
                                ThirdPartyRecords.target(survivor),
                                PartyEntryTypes.MERGED,
                                duplicate.name() + " (" + duplicate.code() + ")",
                                me.userId().value(),
                                now)
                        .withChanges(filled)
                        .withSnapshot(snapshot));
        events.publishEvent(new ThirdPartiesMerged(ws, survivor.id(), duplicate.id()));
        log.info("{} merged {} into {}", me.email(), duplicate.code(), survivor.code());
        return records.get(me, survivorId);
    }

    private Map<String, Object> snapshot(RelanceUser me, ThirdParty d) {
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
        // the survivor keeps its own custom values: the duplicate's are kept here, so that nothing is lost
        Map<UUID, CustomField> byId =
                customFields.all(me.workspaceId()).stream().collect(Collectors.toMap(CustomField::id, f -> f));
        s.put(
                "customFields",
                CustomFieldInput.toJson(customFields.values(me.workspaceId(), List.of(d.id().value())), byId));
        return s;
    }
}

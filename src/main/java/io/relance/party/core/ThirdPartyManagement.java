package io.relance.party.core;

import io.relance.history.FieldChange;
import io.relance.party.BecameCustomer;
import io.relance.party.PartyEntryTypes;
import io.relance.party.ProspectStatus;
import io.relance.party.ProspectStatusChanged;
import io.relance.party.ThirdPartyAccess;
import io.relance.party.ThirdPartyCreated;
import io.relance.party.ThirdPartyId;
import io.relance.party.customfield.CustomField;
import io.relance.party.customfield.CustomFieldInput;
import io.relance.party.customfield.CustomFieldValue;
import io.relance.party.customfield.CustomFields;
import io.relance.shared.FieldProblem;
import io.relance.shared.ForbiddenException;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.NotFoundException;
import io.relance.shared.RelanceUser;
import io.relance.shared.StaleVersionException;
import io.relance.shared.UserId;
import io.relance.shared.numbering.CodeMask;
import io.relance.shared.numbering.DocumentKind;
import io.relance.shared.numbering.Numbering;
import io.relance.workspace.Workspace;
import io.relance.workspace.WorkspaceManagement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The core use cases of a third party: create it, change it (fields, status, potential), delete and restore it,
 * read it. Every method takes the signed-in user and checks what he may see and do (see {@link ThirdPartyAccess}):
 * anything out of reach answers "not found", never revealing that it exists.
 */
@Service
public class ThirdPartyManagement {

    /** How long an admin can restore a deleted third party. */
    public static final Duration RESTORE_WINDOW = Duration.ofDays(30);

    /** The codes of third parties ({@code CU2611-0001}): a code typed by hand meanwhile is skipped. */
    public static final DocumentKind CODES = DocumentKind.of("THIRD_PARTY", CodeMask.DEFAULT);

    private final ThirdParties thirdParties;
    private final Tags tags;
    private final CustomFields customFields;
    private final PotentialLevels potentials;
    private final Numbering numbering;
    private final WorkspaceManagement workspaces;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ThirdPartyRecords records;

    ThirdPartyManagement(
            ThirdParties thirdParties,
            Tags tags,
            CustomFields customFields,
            PotentialLevels potentials,
            Numbering numbering,
            WorkspaceManagement workspaces,
            ApplicationEventPublisher events,
            Clock clock,
            ThirdPartyRecords records) {
        this.thirdParties = thirdParties;
        this.tags = tags;
        this.customFields = customFields;
        this.potentials = potentials;
        this.numbering = numbering;
        this.workspaces = workspaces;
        this.events = events;
        this.clock = clock;
        this.records = records;
    }

    /** The default region of a record's phone numbers: its own country, else the workspace's. */
    public String phoneRegion(RelanceUser me, ThirdPartyId id) {
        ThirdParty tp = records.visible(me, id.value());
        return tp.country() != null
                ? tp.country()
                : workspaces.workspace(me.workspaceId()).country();
    }

    public ThirdPartyDetails get(RelanceUser me, ThirdPartyId id) {
        return records.get(me, id);
    }

    // --- creating and changing ----------------------------------------------------------------------------------

    /** Creates a third party from a name and a kind at least; the owner is the creator unless one is named. */
    @Transactional
    public ThirdPartyDetails create(RelanceUser me, ThirdPartyChanges changes, Source defaultSource) {
        Workspace ws = workspaces.workspace(me.workspaceId());
        // one pass: what was found bad reading the changes, and what only the workspace can tell
        List<FieldProblem> problems = new ArrayList<>(changes.problems());
        if (changes.name().isEmpty() && !changes.refused("name")) {
            problems.add(new FieldProblem("name", "validation.required"));
        }
        UserId owner = changes.ownerId().map(UserId::new).orElse(me.userId());
        if (!owner.equals(me.userId())) {
            if (!me.seesAll()) {
                problems.add(new FieldProblem("ownerId", "thirdParty.owner.notAllowed"));
            } else if (!records.activeMember(me.workspaceId(), owner)) {
                problems.add(new FieldProblem("ownerId", "thirdParty.owner.unknown"));
            }
        }
        List<PotentialLevel> levels = potentials.of(me.workspaceId());
        changes.potential().ifPresent(p -> checkPotential(levels, p, problems));
        Map<String, CustomField> fields = records.fieldsByKey(me.workspaceId());
        ThirdPartyId id = new ThirdPartyId(Ids.newId());
        Map<String, Object> customInput = new LinkedHashMap<>(changes.customFields());
        fields.values().stream()
                .filter(f -> f.required() && !customInput.containsKey(f.key()) && !changes.refused("customFields"))
                .forEach(f -> problems.add(new FieldProblem("customFields." + f.key(), "validation.required")));
        Map<UUID, List<CustomFieldValue>> custom =
                CustomFieldInput.read(customInput, fields, id.value(), ws.country(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = clock.instant();
        String code = numbering.next(
                me.workspaceId(), CODES, now.atZone(ws.zone()), c -> thirdParties.codeFree(me.workspaceId(), c));
        ThirdParty tp = ThirdParty.create(
                id,
                code,
                changes.name().get(),
                changes.individual().orElse(false),
                changes.prospect().orElse(true),
                changes.customer().orElse(false),
                changes.source().orElse(defaultSource),
                owner,
                levels.get(0).key(),
                now);
        tp.apply(changes, ws.country(), now);
        changes.status().ifPresent(s -> tp.changeStatus(s, now));
        changes.potential().ifPresent(p -> tp.changePotential(p, now));
        thirdParties.insert(me.workspaceId(), tp, tp.searchText(ws.country()));
        changes.tags()
                .ifPresent(names -> tags.replace(me.workspaceId(), id.value(), tags.ensure(me.workspaceId(), names)));
        custom.forEach((field, values) -> customFields.replace(me.workspaceId(), id.value(), field, values));
        records.record(me, tp, PartyEntryTypes.CREATED, tp.name(), now);
        events.publishEvent(new ThirdPartyCreated(me.workspaceId(), id, owner));
        return records.get(me, id);
    }

    /** A PATCH: validated changes at the version the user read; the timeline records each field changed. */
    @Transactional
    public ThirdPartyDetails update(RelanceUser me, ThirdPartyId id, ThirdPartyChanges changes) {
        ThirdParty tp = records.visible(me, id.value());
        Workspace ws = workspaces.workspace(me.workspaceId());
        // one pass: what was found bad reading the changes, and what only the workspace can tell
        List<FieldProblem> problems = new ArrayList<>(changes.problems());
        if (changes.version() == null && !changes.refused("version")) {
            problems.add(new FieldProblem("version", "validation.version"));
        }
        List<PotentialLevel> levels = potentials.of(me.workspaceId());
        changes.potential().ifPresent(p -> checkPotential(levels, p, problems));
        if (changes.ownerId().isPresent()
                && !changes.ownerId().get().equals(tp.ownerId().value())) {
            problems.add(new FieldProblem("ownerId", "thirdParty.owner.useEndpoint"));
        }
        Map<String, CustomField> fields = records.fieldsByKey(me.workspaceId());
        Map<UUID, List<CustomFieldValue>> custom =
                CustomFieldInput.read(changes.customFields(), fields, id.value(), ws.country(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (tp.version() != changes.version()) {
            throw new StaleVersionException();
        }
        Instant now = clock.instant();
        List<FieldChange> done = new ArrayList<>(tp.apply(changes, ws.country(), now));
        ProspectStatus before = tp.status();
        changes.status().map(s -> tp.changeStatus(s, now)).ifPresent(done::add);
        changes.potential().map(p -> tp.changePotential(p, now)).ifPresent(done::add);
        if (changes.tags().isPresent()) {
            List<Tag> current = tags.of(me.workspaceId(), List.of(id.value())).getOrDefault(id.value(), List.of());
            List<Tag> wanted = tags.ensure(me.workspaceId(), changes.tags().get());
            String beforeTags = current.stream().map(Tag::name).sorted().collect(Collectors.joining(", "));
            String afterTags = wanted.stream().map(Tag::name).sorted().collect(Collectors.joining(", "));
            if (!beforeTags.equals(afterTags)) {
                tags.replace(me.workspaceId(), id.value(), wanted);
                done.add(new FieldChange("tags", beforeTags, afterTags));
                tp.touch(now);
            }
        }
        if (!custom.isEmpty()) {
            Map<UUID, CustomField> byId = fields.values().stream().collect(Collectors.toMap(CustomField::id, f -> f));
            Map<String, Object> beforeValues =
                    CustomFieldInput.toJson(customFields.values(me.workspaceId(), List.of(id.value())), byId);
            custom.forEach((field, values) -> customFields.replace(me.workspaceId(), id.value(), field, values));
            Map<String, Object> afterValues =
                    CustomFieldInput.toJson(customFields.values(me.workspaceId(), List.of(id.value())), byId);
            for (CustomField f : fields.values()) {
                if (custom.containsKey(f.id())
                        && !Objects.equals(beforeValues.get(f.key()), afterValues.get(f.key()))) {
                    done.add(new FieldChange(
                            "customFields." + f.key(), str(beforeValues.get(f.key())), str(afterValues.get(f.key()))));
                    tp.touch(now);
                }
            }
        }
        thirdParties.update(me.workspaceId(), tp, tp.searchText(ws.country()), changes.version());
        records.recordChanges(me, tp, done, now);
        if (tp.status() != before) {
            events.publishEvent(new ProspectStatusChanged(me.workspaceId(), id, before, tp.status()));
        }
        if (done.stream().anyMatch(c -> c.field().equals("customer") && "true".equals(c.after()))) {
            events.publishEvent(new BecameCustomer(me.workspaceId(), id));
        }
        return records.get(me, id);
    }

    /** One click from the list: the status. {@code version} may be null (last click wins). */
    @Transactional
    public ThirdPartyDetails changeStatus(RelanceUser me, ThirdPartyId id, ProspectStatus status, Long version) {
        ThirdParty tp = records.visible(me, id.value());
        ThirdPartyRecords.checkVersion(tp, version);
        long expected = version == null ? tp.version() : version;
        ProspectStatus before = tp.status();
        FieldChange change = tp.changeStatus(status, clock.instant());
        if (change != null) {
            records.save(me, tp, expected);
            records.recordChanges(me, tp, List.of(change), clock.instant());
            events.publishEvent(new ProspectStatusChanged(me.workspaceId(), id, before, status));
        }
        return records.get(me, id);
    }

    @Transactional
    public ThirdPartyDetails changePotential(RelanceUser me, ThirdPartyId id, String potential, Long version) {
        ThirdParty tp = records.visible(me, id.value());
        List<FieldProblem> problems = new ArrayList<>();
        checkPotential(potentials.of(me.workspaceId()), potential, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ThirdPartyRecords.checkVersion(tp, version);
        long expected = version == null ? tp.version() : version;
        FieldChange change = tp.changePotential(potential, clock.instant());
        if (change != null) {
            records.save(me, tp, expected);
            records.recordChanges(me, tp, List.of(change), clock.instant());
        }
        return records.get(me, id);
    }

    /** Soft delete: hidden at once, restorable by an admin for {@link #RESTORE_WINDOW}. */
    @Transactional
    public void delete(RelanceUser me, ThirdPartyId id) {
        ThirdParty tp = records.owned(me, id.value());
        long version = tp.version();
        tp.delete(clock.instant());
        records.save(me, tp, version);
        records.record(me, tp, PartyEntryTypes.DELETED, tp.name(), clock.instant());
    }

    @Transactional
    public ThirdPartyDetails restore(RelanceUser me, ThirdPartyId id) {
        if (!me.isAdmin()) {
            throw new ForbiddenException();
        }
        ThirdParty tp = thirdParties.find(me.workspaceId(), id.value()).orElseThrow(NotFoundException::new);
        if (!tp.deleted()
                || tp.mergedInto() != null
                || tp.deletedAt().plus(RESTORE_WINDOW).isBefore(clock.instant())) {
            throw new NotFoundException();
        }
        long version = tp.version();
        tp.restore(clock.instant());
        records.save(me, tp, version);
        records.record(me, tp, PartyEntryTypes.RESTORED, tp.name(), clock.instant());
        return records.get(me, id);
    }

    private static void checkPotential(List<PotentialLevel> levels, String potential, List<FieldProblem> problems) {
        if (levels.stream().noneMatch(l -> l.key().equals(potential))) {
            problems.add(new FieldProblem("potential", "validation.choice"));
        }
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }
}

package io.relance.party.core;

import io.relance.history.EventKind;
import io.relance.history.FieldChange;
import io.relance.history.HandLoggedEvent;
import io.relance.history.HistoryEvent;
import io.relance.history.HistoryManagement;
import io.relance.history.StoredFile;
import io.relance.history.Target;
import io.relance.party.OwnerChanged;
import io.relance.party.ProspectStatus;
import io.relance.party.ProspectStatusChanged;
import io.relance.party.ThirdPartiesMerged;
import io.relance.party.ThirdPartyCreated;
import io.relance.party.ThirdPartyId;
import io.relance.party.contact.Contact;
import io.relance.party.contact.ContactForm;
import io.relance.party.contact.Contacts;
import io.relance.party.customfield.CustomField;
import io.relance.party.customfield.CustomFieldForm;
import io.relance.party.customfield.CustomFieldInput;
import io.relance.party.customfield.CustomFieldValue;
import io.relance.party.customfield.CustomFields;
import io.relance.party.ownership.OwnershipException;
import io.relance.party.ownership.OwnershipExceptions;
import io.relance.party.search.BulkChange;
import io.relance.party.search.DuplicateCheck;
import io.relance.party.search.DuplicateNames;
import io.relance.party.search.DuplicateReason;
import io.relance.party.search.ListColumn;
import io.relance.party.search.ListColumns;
import io.relance.party.search.ListCount;
import io.relance.party.search.ListPreferences;
import io.relance.party.search.PossibleDuplicate;
import io.relance.party.search.Segment;
import io.relance.party.search.Segments;
import io.relance.party.search.ThirdPartyFilter;
import io.relance.party.search.ThirdPartyQuery;
import io.relance.shared.FieldProblem;
import io.relance.shared.ForbiddenException;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.ListPage;
import io.relance.shared.NotFoundException;
import io.relance.shared.PageRequest;
import io.relance.shared.Phones;
import io.relance.shared.RelanceUser;
import io.relance.shared.RichText;
import io.relance.shared.StaleVersionException;
import io.relance.shared.Text;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import io.relance.shared.numbering.CodeMask;
import io.relance.shared.numbering.Numbering;
import io.relance.workspace.UserSummary;
import io.relance.workspace.Workspace;
import io.relance.workspace.WorkspaceManagement;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The entry point of the third-party module. Every method takes the signed-in user and checks what he may see
 * and do: a sales rep works only the third parties he owns (or was lent for a while); managers and admins see
 * all. Anything out of reach answers "not found", never revealing that it exists.
 */
@Service
public class ThirdPartyManagement {

    private static final Logger log = LoggerFactory.getLogger(ThirdPartyManagement.class);

    /** How long an admin can restore a deleted third party. */
    public static final Duration RESTORE_WINDOW = Duration.ofDays(30);

    /** How many possible duplicates are shown at most. */
    public static final int MAX_DUPLICATES = 5;

    private static final Set<String> ISO_COUNTRIES = Set.of(java.util.Locale.getISOCountries());

    private final ThirdParties thirdParties;
    private final Tags tags;
    private final CustomFields customFields;
    private final Contacts contacts;
    private final OwnershipExceptions exceptions;
    private final Segments segments;
    private final ListPreferences listPreferences;
    private final PotentialLevels potentials;
    private final Numbering numbering;
    private final HistoryManagement history;
    private final WorkspaceManagement workspaces;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final jakarta.validation.Validator validator;

    ThirdPartyManagement(
            ThirdParties thirdParties,
            Tags tags,
            CustomFields customFields,
            Contacts contacts,
            OwnershipExceptions exceptions,
            Segments segments,
            ListPreferences listPreferences,
            PotentialLevels potentials,
            Numbering numbering,
            HistoryManagement history,
            WorkspaceManagement workspaces,
            ApplicationEventPublisher events,
            Clock clock,
            jakarta.validation.Validator validator) {
        this.validator = validator;
        this.thirdParties = thirdParties;
        this.tags = tags;
        this.customFields = customFields;
        this.contacts = contacts;
        this.exceptions = exceptions;
        this.segments = segments;
        this.listPreferences = listPreferences;
        this.potentials = potentials;
        this.numbering = numbering;
        this.history = history;
        this.workspaces = workspaces;
        this.events = events;
        this.clock = clock;
    }

    // --- reading ------------------------------------------------------------------------------------------------

    public ListPage<ThirdPartyDetails> list(RelanceUser me, ThirdPartyFilter filter, PageRequest page) {
        Workspace ws = workspaces.workspace(me.workspaceId());
        Map<String, CustomField> fields = fieldsByKey(me.workspaceId());
        ThirdPartyQuery.Sql sql = ThirdPartyQuery.page(
                me.workspaceId(),
                viewer(me),
                clock.instant(),
                filter,
                tags.ids(me.workspaceId()),
                fields,
                ws.country(),
                page.cursor(),
                page.limit());
        ListPage<ThirdParties.Row> paged = ListPage.of(
                thirdParties.query(sql), page.limit(), r -> ThirdPartyQuery.cursorOf(r.thirdParty(), r.sortValue()));
        List<ThirdParty> items =
                paged.items().stream().map(ThirdParties.Row::thirdParty).toList();
        return new ListPage<>(details(me.workspaceId(), items, fields), paged.nextCursor());
    }

    public ListCount count(RelanceUser me, ThirdPartyFilter filter) {
        Workspace ws = workspaces.workspace(me.workspaceId());
        long value = thirdParties.count(ThirdPartyQuery.count(
                me.workspaceId(),
                viewer(me),
                clock.instant(),
                filter,
                tags.ids(me.workspaceId()),
                fieldsByKey(me.workspaceId()),
                ws.country()));
        return value > ThirdPartyQuery.COUNT_CAP
                ? new ListCount(ThirdPartyQuery.COUNT_CAP, true)
                : new ListCount(value, false);
    }

    /** The default region of a record's phone numbers: its own country, else the workspace's. */
    public String phoneRegion(RelanceUser me, ThirdPartyId id) {
        ThirdParty tp = visible(me, id.value());
        return tp.country() != null
                ? tp.country()
                : workspaces.workspace(me.workspaceId()).country();
    }

    public ThirdPartyDetails get(RelanceUser me, ThirdPartyId id) {
        ThirdParty tp = visible(me, id.value());
        return details(me.workspaceId(), List.of(tp), fieldsByKey(me.workspaceId()))
                .get(0);
    }

    /** A third party the user may see and act on; "not found" otherwise. */
    ThirdParty visible(RelanceUser me, UUID id) {
        ThirdParty tp = thirdParties.find(me.workspaceId(), id).orElseThrow(NotFoundException::new);
        if (tp.deleted() || !canSee(me, tp)) {
            throw new NotFoundException();
        }
        return tp;
    }

    /**
     * Existing third parties (not deleted, of the user's workspace) that may be the one being typed: the same
     * e-mail, the same phone number in any format (as a phone or a mobile), or a name that matches once folded
     * (see {@link DuplicateNames}); the strongest hints first, at most {@link #MAX_DUPLICATES}. Every lookup is an
     * index lookup. Duplicates are looked for among every owner's records, so that a sales rep is warned before
     * creating one, but one he may not see is {@linkplain PossibleDuplicate#hidden() hidden}: he learns only that
     * it exists and why it matched.
     */
    public List<PossibleDuplicate> possibleDuplicates(RelanceUser me, DuplicateCheck check) {
        WorkspaceId ws = me.workspaceId();
        UUID exclude = check.excludeId() == null ? null : check.excludeId().value();
        Map<UUID, DuplicateHints> found = new LinkedHashMap<>();
        String email = Text.clean(check.email());
        if (email != null && email.length() <= 254) {
            String lower = email.toLowerCase(java.util.Locale.ROOT);
            if (ThirdPartyChanges.EMAIL.matcher(lower).matches()) {
                thirdParties
                        .withEmail(ws, lower, exclude, MAX_DUPLICATES)
                        .forEach(t -> hint(found, t, DuplicateReason.EMAIL, 4));
            }
        }
        String country = Text.clean(check.country());
        String region = country != null && ISO_COUNTRIES.contains(country.toUpperCase(java.util.Locale.ROOT))
                ? country.toUpperCase(java.util.Locale.ROOT)
                : workspaces.workspace(ws).country();
        List<String> phones = check.phones().stream()
                .filter(p -> p.length() <= 40)
                .map(p -> Phones.e164(p, region))
                .flatMap(Optional::stream)
                .distinct()
                .toList();
        if (!phones.isEmpty()) {
            thirdParties
                    .withPhone(ws, phones, exclude, MAX_DUPLICATES)
                    .forEach(t -> hint(found, t, DuplicateReason.PHONE, 4));
        }
        DuplicateNames.Lookup names = DuplicateNames.of(check.name());
        if (!names.equalTo().isEmpty()) {
            thirdParties
                    .withNameKey(ws, names.equalTo(), exclude, MAX_DUPLICATES)
                    .forEach(t ->
                            hint(found, t, DuplicateReason.NAME, names.same(ThirdParties.nameKey(t.name())) ? 2 : 1));
        }
        for (String words : names.startingWith()) {
            thirdParties
                    .withNameKeyStartingWith(ws, words, exclude, MAX_DUPLICATES)
                    .forEach(t -> hint(found, t, DuplicateReason.NAME, 1));
        }
        if (found.isEmpty()) {
            return List.of();
        }
        Map<UserId, UserSummary> members = members(ws);
        return found.values().stream()
                .sorted(java.util.Comparator.comparingInt(DuplicateHints::score)
                        .reversed()
                        .thenComparing(h -> ThirdParties.sortName(h.thirdParty.name())))
                .limit(MAX_DUPLICATES)
                .map(h -> canSee(me, h.thirdParty)
                        ? new PossibleDuplicate(
                                h.thirdParty.id(),
                                h.thirdParty.code(),
                                h.thirdParty.name(),
                                members.get(h.thirdParty.ownerId()),
                                h.reasons())
                        : PossibleDuplicate.hidden(h.reasons()))
                .toList();
    }

    /** What points to one possible duplicate: each reason with its strength (the strongest kept). */
    private record DuplicateHints(ThirdParty thirdParty, Map<DuplicateReason, Integer> strength) {

        int score() {
            return strength.values().stream().mapToInt(Integer::intValue).sum();
        }

        List<DuplicateReason> reasons() {
            return strength.keySet().stream().sorted().toList();
        }
    }

    private static void hint(Map<UUID, DuplicateHints> found, ThirdParty tp, DuplicateReason reason, int strength) {
        found.computeIfAbsent(
                        tp.id().value(), id -> new DuplicateHints(tp, new java.util.EnumMap<>(DuplicateReason.class)))
                .strength()
                .merge(reason, strength, Math::max);
    }

    private boolean canSee(RelanceUser me, ThirdParty tp) {
        return me.seesAll()
                || tp.ownerId().equals(me.userId())
                || exceptions.grants(
                        me.workspaceId(), tp.id().value(), me.userId().value(), clock.instant());
    }

    private List<ThirdPartyDetails> details(WorkspaceId ws, List<ThirdParty> items, Map<String, CustomField> fields) {
        List<UUID> ids = items.stream().map(t -> t.id().value()).toList();
        Map<UUID, List<Tag>> tagsOf = tags.of(ws, ids);
        Map<UUID, CustomField> byId = fields.values().stream().collect(Collectors.toMap(CustomField::id, f -> f));
        Map<UUID, List<CustomFieldValue>> valuesOf =
                customFields.values(ws, ids).stream().collect(Collectors.groupingBy(CustomFieldValue::thirdPartyId));
        Map<UserId, UserSummary> members =
                workspaces.members(ws).stream().collect(Collectors.toMap(UserSummary::id, Function.identity()));
        return items.stream()
                .map(t -> new ThirdPartyDetails(
                        t,
                        tagsOf.getOrDefault(t.id().value(), List.of()),
                        CustomFieldInput.toJson(valuesOf.getOrDefault(t.id().value(), List.of()), byId),
                        members.get(t.ownerId())))
                .toList();
    }

    // --- creating and changing ----------------------------------------------------------------------------------

    /** Creates a third party from a name and a kind at least; the owner is the creator unless one is named. */
    @Transactional
    public ThirdPartyDetails create(RelanceUser me, ThirdPartyChanges changes, Source defaultSource) {
        Workspace ws = workspaces.workspace(me.workspaceId());
        List<FieldProblem> problems = new ArrayList<>();
        if (changes.name().isEmpty()) {
            problems.add(new FieldProblem("name", "validation.required"));
        }
        UserId owner = changes.ownerId().map(UserId::new).orElse(me.userId());
        if (!owner.equals(me.userId())) {
            if (!me.seesAll()) {
                problems.add(new FieldProblem("ownerId", "thirdParty.owner.notAllowed"));
            } else if (!activeMember(me.workspaceId(), owner)) {
                problems.add(new FieldProblem("ownerId", "thirdParty.owner.unknown"));
            }
        }
        List<PotentialLevel> levels = potentials.of(me.workspaceId());
        changes.potential().ifPresent(p -> checkPotential(levels, p, problems));
        Map<String, CustomField> fields = fieldsByKey(me.workspaceId());
        ThirdPartyId id = new ThirdPartyId(Ids.newId());
        Map<String, Object> customInput = new LinkedHashMap<>(changes.customFields());
        fields.values().stream()
                .filter(f -> f.required() && !customInput.containsKey(f.key()))
                .forEach(f -> problems.add(new FieldProblem("customFields." + f.key(), "validation.required")));
        Map<UUID, List<CustomFieldValue>> custom =
                CustomFieldInput.read(customInput, fields, id.value(), ws.country(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = clock.instant();
        String code = nextCode(me.workspaceId(), ws, now);
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
        history.record(
                me.workspaceId().value(),
                HistoryEvent.of(
                        Target.thirdParty(id.value()),
                        EventKind.CREATED,
                        tp.name(),
                        me.userId().value(),
                        now));
        events.publishEvent(new ThirdPartyCreated(me.workspaceId(), id, owner));
        return get(me, id);
    }

    /** A PATCH: validated changes at the version the user read; the timeline records each field changed. */
    @Transactional
    public ThirdPartyDetails update(RelanceUser me, ThirdPartyId id, ThirdPartyChanges changes) {
        if (changes.version() == null) {
            throw new InvalidInputException("version", "validation.version");
        }
        ThirdParty tp = visible(me, id.value());
        if (tp.version() != changes.version()) {
            throw new StaleVersionException();
        }
        Workspace ws = workspaces.workspace(me.workspaceId());
        List<FieldProblem> problems = new ArrayList<>();
        List<PotentialLevel> levels = potentials.of(me.workspaceId());
        changes.potential().ifPresent(p -> checkPotential(levels, p, problems));
        if (changes.ownerId().isPresent()
                && !changes.ownerId().get().equals(tp.ownerId().value())) {
            problems.add(new FieldProblem("ownerId", "thirdParty.owner.useEndpoint"));
        }
        Map<String, CustomField> fields = fieldsByKey(me.workspaceId());
        Map<UUID, List<CustomFieldValue>> custom =
                CustomFieldInput.read(changes.customFields(), fields, id.value(), ws.country(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
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
        recordChanges(me, tp, done, now);
        if (tp.status() != before) {
            events.publishEvent(new ProspectStatusChanged(me.workspaceId(), id, before, tp.status()));
        }
        return get(me, id);
    }

    /** One click from the list: the status. {@code version} may be null (last click wins). */
    @Transactional
    public ThirdPartyDetails changeStatus(RelanceUser me, ThirdPartyId id, ProspectStatus status, Long version) {
        ThirdParty tp = visible(me, id.value());
        long expected = version == null ? tp.version() : version;
        ProspectStatus before = tp.status();
        FieldChange change = tp.changeStatus(status, clock.instant());
        if (change != null) {
            save(me, tp, expected);
            recordChanges(me, tp, List.of(change), clock.instant());
            events.publishEvent(new ProspectStatusChanged(me.workspaceId(), id, before, status));
        }
        return get(me, id);
    }

    @Transactional
    public ThirdPartyDetails changePotential(RelanceUser me, ThirdPartyId id, String potential, Long version) {
        ThirdParty tp = visible(me, id.value());
        List<FieldProblem> problems = new ArrayList<>();
        checkPotential(potentials.of(me.workspaceId()), potential, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long expected = version == null ? tp.version() : version;
        FieldChange change = tp.changePotential(potential, clock.instant());
        if (change != null) {
            save(me, tp, expected);
            recordChanges(me, tp, List.of(change), clock.instant());
        }
        return get(me, id);
    }

    /**
     * Gives a third party to another owner (managers and admins). Two managers at the same moment: the second
     * one's version is stale and he gets a 409.
     */
    @Transactional
    public ThirdPartyDetails reassign(RelanceUser me, ThirdPartyId id, UserId newOwner, Long version) {
        if (!me.seesAll()) {
            visible(me, id.value());
            throw new ForbiddenException();
        }
        ThirdParty tp = visible(me, id.value());
        if (version == null) {
            throw new InvalidInputException("version", "validation.version");
        }
        if (!activeMember(me.workspaceId(), newOwner)) {
            throw new InvalidInputException("ownerId", "thirdParty.owner.unknown");
        }
        if (tp.version() != version) {
            throw new StaleVersionException();
        }
        UserId before = tp.ownerId();
        Instant now = clock.instant();
        FieldChange change = tp.reassign(newOwner, now);
        if (change != null) {
            save(me, tp, version);
            Map<UserId, UserSummary> members = members(me.workspaceId());
            history.record(
                    me.workspaceId().value(),
                    HistoryEvent.of(
                                    target(tp),
                                    EventKind.OWNER_CHANGED,
                                    name(members, before) + " → " + name(members, newOwner),
                                    me.userId().value(),
                                    now)
                            .withChanges(List.of(change)));
            events.publishEvent(new OwnerChanged(me.workspaceId(), id, before, newOwner, me.userId()));
            log.info("{} gave third party {} to {}", me.email(), tp.code(), newOwner);
        }
        return get(me, id);
    }

    /** Applies one change to a selection; answers how many were changed. Out-of-reach ids are skipped. */
    @Transactional
    public int bulk(RelanceUser me, BulkChange change) {
        if (change.ids() == null || change.ids().isEmpty()) {
            throw new InvalidInputException("ids", "validation.required");
        }
        if (change.ids().size() > 500) {
            throw new InvalidInputException("ids", "bulk.tooMany", 500);
        }
        if (change.ownerId() != null && !me.seesAll()) {
            throw new ForbiddenException();
        }
        int changed = 0;
        for (UUID id : change.ids()) {
            Optional<ThirdParty> found =
                    thirdParties.find(me.workspaceId(), id).filter(t -> !t.deleted() && canSee(me, t));
            if (found.isEmpty()) {
                continue;
            }
            ThirdPartyId tpId = found.get().id();
            if (change.status() != null) {
                changeStatus(me, tpId, change.status(), null);
            }
            if (change.potential() != null) {
                changePotential(me, tpId, change.potential(), null);
            }
            if (change.ownerId() != null) {
                reassign(
                        me,
                        tpId,
                        new UserId(change.ownerId()),
                        thirdParties.find(me.workspaceId(), id).get().version());
            }
            if (change.addTag() != null && !change.addTag().isBlank()) {
                Tag tag = tags.ensure(me.workspaceId(), List.of(change.addTag().strip()))
                        .get(0);
                tags.add(me.workspaceId(), id, tag);
            }
            changed++;
        }
        return changed;
    }

    /** Soft delete: hidden at once, restorable by an admin for {@link #RESTORE_WINDOW}. */
    @Transactional
    public void delete(RelanceUser me, ThirdPartyId id) {
        ThirdParty tp = visible(me, id.value());
        long version = tp.version();
        tp.delete(clock.instant());
        save(me, tp, version);
        history.record(
                me.workspaceId().value(),
                HistoryEvent.of(
                        target(tp), EventKind.DELETED, tp.name(), me.userId().value(), clock.instant()));
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
        save(me, tp, version);
        history.record(
                me.workspaceId().value(),
                HistoryEvent.of(
                        target(tp), EventKind.RESTORED, tp.name(), me.userId().value(), clock.instant()));
        return get(me, id);
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
        ThirdParty survivor = visible(me, survivorId.value());
        ThirdParty duplicate = visible(me, duplicateId.value());
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
        history.moveTarget(ws.value(), target(duplicate), target(survivor));
        duplicate.mergedInto(survivor.id(), now);
        thirdParties.update(ws, duplicate, duplicate.searchText(workspace.country()), duplicateVersion);
        thirdParties.update(ws, survivor, survivor.searchText(workspace.country()), survivorVersion);
        history.record(
                ws.value(),
                HistoryEvent.of(
                                target(survivor),
                                EventKind.MERGED,
                                duplicate.name() + " (" + duplicate.code() + ")",
                                me.userId().value(),
                                now)
                        .withChanges(filled)
                        .withSnapshot(snapshot));
        events.publishEvent(new ThirdPartiesMerged(ws, survivor.id(), duplicate.id()));
        log.info("{} merged {} into {}", me.email(), duplicate.code(), survivor.code());
        return get(me, survivorId);
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

    // --- ownership exceptions -----------------------------------------------------------------------------------

    @Transactional
    public OwnershipException grantException(
            RelanceUser me, ThirdPartyId id, UserId user, Instant endsAt, String reason) {
        if (!me.seesAll()) {
            visible(me, id.value());
            throw new ForbiddenException();
        }
        ThirdParty tp = visible(me, id.value());
        List<FieldProblem> problems = new ArrayList<>();
        if (user == null || !activeMember(me.workspaceId(), user)) {
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
        history.record(
                me.workspaceId().value(),
                HistoryEvent.of(
                        target(tp),
                        EventKind.EXCEPTION_GRANTED,
                        name(members(me.workspaceId()), user) + " · " + why,
                        me.userId().value(),
                        now));
        return e;
    }

    @Transactional
    public void revokeException(RelanceUser me, ThirdPartyId id, UUID exceptionId) {
        if (!me.seesAll()) {
            visible(me, id.value());
            throw new ForbiddenException();
        }
        ThirdParty tp = visible(me, id.value());
        if (!exceptions.revoke(me.workspaceId(), tp.id().value(), exceptionId, clock.instant())) {
            throw new NotFoundException();
        }
        history.record(
                me.workspaceId().value(),
                HistoryEvent.of(
                        target(tp),
                        EventKind.EXCEPTION_REVOKED,
                        null,
                        me.userId().value(),
                        clock.instant()));
    }

    public List<OwnershipException> exceptions(RelanceUser me, ThirdPartyId id) {
        visible(me, id.value());
        return exceptions.of(me.workspaceId(), id.value());
    }

    // --- contacts -----------------------------------------------------------------------------------------------

    public List<Contact> contacts(RelanceUser me, ThirdPartyId id) {
        visible(me, id.value());
        return contacts.of(me.workspaceId(), id.value());
    }

    @Transactional
    public Contact addContact(RelanceUser me, ThirdPartyId id, ContactForm form) {
        ThirdParty tp = visible(me, id.value());
        Instant now = clock.instant();
        Contact contact = contact(me, Ids.newId(), tp, form, now, now, 0);
        contacts.insert(me.workspaceId(), contact);
        history.record(
                me.workspaceId().value(),
                HistoryEvent.of(
                        target(tp),
                        EventKind.CONTACT_ADDED,
                        contact.displayName(),
                        me.userId().value(),
                        now));
        return contacts.find(me.workspaceId(), id.value(), contact.id()).orElseThrow();
    }

    @Transactional
    public Contact updateContact(RelanceUser me, ThirdPartyId id, UUID contactId, ContactForm form) {
        ThirdParty tp = visible(me, id.value());
        Contact current = contacts.find(me.workspaceId(), id.value(), contactId).orElseThrow(NotFoundException::new);
        if (form.version() == null) {
            throw new InvalidInputException("version", "validation.version");
        }
        Contact changed = contact(me, contactId, tp, form, current.createdAt(), clock.instant(), current.version());
        contacts.update(me.workspaceId(), changed, form.version());
        history.record(
                me.workspaceId().value(),
                HistoryEvent.of(
                        target(tp),
                        EventKind.CONTACT_CHANGED,
                        changed.displayName(),
                        me.userId().value(),
                        clock.instant()));
        return contacts.find(me.workspaceId(), id.value(), contactId).orElseThrow();
    }

    @Transactional
    public void removeContact(RelanceUser me, ThirdPartyId id, UUID contactId) {
        ThirdParty tp = visible(me, id.value());
        Contact current = contacts.find(me.workspaceId(), id.value(), contactId).orElseThrow(NotFoundException::new);
        contacts.delete(me.workspaceId(), id.value(), contactId, clock.instant());
        history.record(
                me.workspaceId().value(),
                HistoryEvent.of(
                        target(tp),
                        EventKind.CONTACT_REMOVED,
                        current.displayName(),
                        me.userId().value(),
                        clock.instant()));
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

    // --- timeline and files -------------------------------------------------------------------------------------

    public ListPage<HistoryEvent> timeline(RelanceUser me, ThirdPartyId id, Set<EventKind> kinds, PageRequest page) {
        visible(me, id.value());
        return history.timeline(me.workspaceId().value(), Target.thirdParty(id.value()), kinds, page);
    }

    @Transactional
    public HistoryEvent log(RelanceUser me, ThirdPartyId id, HandLoggedEvent event) {
        ThirdParty tp = visible(me, id.value());
        return history.log(
                me.workspaceId().value(), target(tp), event, me.userId().value());
    }

    @Transactional
    public StoredFile attach(RelanceUser me, ThirdPartyId id, String filename, byte[] content) {
        ThirdParty tp = visible(me, id.value());
        return history.attach(
                me.workspaceId().value(),
                target(tp),
                filename,
                content,
                me.userId().value());
    }

    public List<StoredFile> files(RelanceUser me, ThirdPartyId id) {
        visible(me, id.value());
        return history.files(me.workspaceId().value(), Target.thirdParty(id.value()));
    }

    public StoredFile file(RelanceUser me, ThirdPartyId id, UUID fileId) {
        visible(me, id.value());
        return history.file(me.workspaceId().value(), Target.thirdParty(id.value()), fileId);
    }

    public InputStream open(RelanceUser me, StoredFile file) {
        visible(me, file.target().id());
        return history.open(me.workspaceId().value(), file);
    }

    @Transactional
    public void removeFile(RelanceUser me, ThirdPartyId id, UUID fileId) {
        visible(me, id.value());
        history.removeFile(
                me.workspaceId().value(),
                Target.thirdParty(id.value()),
                fileId,
                me.userId().value());
    }

    // --- settings: numbering, custom fields, potentials, tags, segments -----------------------------------------

    public String numberingMask(RelanceUser me) {
        return numbering.setting(me.workspaceId(), Numbering.THIRD_PARTY).mask();
    }

    public long numberingVersion(RelanceUser me) {
        return numbering.setting(me.workspaceId(), Numbering.THIRD_PARTY).version();
    }

    /** Changes the code mask (admins); a bad mask is refused with what is wrong. Answers an example code. */
    @Transactional
    public String changeNumbering(RelanceUser me, String mask, Long version) {
        requireAdmin(me);
        CodeMask parsed = CodeMask.parse(mask == null ? null : mask.strip());
        if (version == null) {
            throw new InvalidInputException("version", "validation.version");
        }
        if (!numbering.saveSetting(me.workspaceId(), Numbering.THIRD_PARTY, parsed.text(), version)) {
            throw new StaleVersionException();
        }
        return example(me, parsed);
    }

    public String example(RelanceUser me, CodeMask mask) {
        ZonedDateTime at =
                clock.instant().atZone(workspaces.workspace(me.workspaceId()).zone());
        return mask.format(at, 1);
    }

    private String nextCode(WorkspaceId ws, Workspace workspace, Instant now) {
        CodeMask mask =
                CodeMask.parse(numbering.setting(ws, Numbering.THIRD_PARTY).mask());
        ZonedDateTime at = now.atZone(workspace.zone());
        String counterKey = "THIRD_PARTY:" + mask.period(at);
        for (int attempt = 0; attempt < 100; attempt++) {
            String code = mask.format(at, numbering.next(ws, counterKey));
            if (thirdParties.codeFree(ws, code)) {
                return code;
            }
        }
        throw new IllegalStateException("No free code for mask " + mask.text());
    }

    public List<CustomField> customFields(WorkspaceId ws) {
        return customFields.all(ws);
    }

    @Transactional
    public CustomField defineCustomField(RelanceUser me, CustomFieldForm form) {
        requireAdmin(me);
        if (form.type() == null) {
            throw new InvalidInputException("type", "validation.required");
        }
        if (fieldsByKey(me.workspaceId()).containsKey(form.key())) {
            throw new InvalidInputException("key", "customFields.key.taken");
        }
        List<String> options = options(form);
        CustomField field = new CustomField(
                Ids.newId(),
                form.key(),
                form.label().strip(),
                form.type(),
                options,
                Boolean.TRUE.equals(form.required()),
                form.position() == null ? customFields.all(me.workspaceId()).size() : form.position(),
                clock.instant(),
                0);
        customFields.insert(me.workspaceId(), field);
        return field;
    }

    @Transactional
    public CustomField changeCustomField(RelanceUser me, UUID id, CustomFieldForm form) {
        requireAdmin(me);
        CustomField current = customFields.all(me.workspaceId()).stream()
                .filter(f -> f.id().equals(id))
                .findFirst()
                .orElseThrow(NotFoundException::new);
        if (form.version() == null) {
            throw new InvalidInputException("version", "validation.version");
        }
        if (!current.key().equals(form.key()) || (form.type() != null && form.type() != current.type())) {
            throw new InvalidInputException("key", "customFields.key.fixed");
        }
        CustomFieldForm typed = new CustomFieldForm(
                form.key(),
                form.label(),
                current.type(),
                form.options(),
                form.required(),
                form.position(),
                form.version());
        CustomField changed = new CustomField(
                id,
                current.key(),
                form.label().strip(),
                current.type(),
                options(typed),
                Boolean.TRUE.equals(form.required()),
                form.position() == null ? current.position() : form.position(),
                current.createdAt(),
                current.version());
        customFields.update(me.workspaceId(), changed, form.version());
        return changed;
    }

    @Transactional
    public void removeCustomField(RelanceUser me, UUID id) {
        requireAdmin(me);
        if (customFields.all(me.workspaceId()).stream().noneMatch(f -> f.id().equals(id))) {
            throw new NotFoundException();
        }
        customFields.delete(me.workspaceId(), id);
    }

    private static List<String> options(CustomFieldForm form) {
        List<String> options = form.options() == null
                ? List.of()
                : form.options().stream()
                        .map(Text::clean)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList();
        if (form.type().choices() && options.isEmpty()) {
            throw new InvalidInputException("options", "customFields.options.required");
        }
        return form.type().choices() ? options : List.of();
    }

    public List<PotentialLevel> potentialLevels(WorkspaceId ws) {
        return potentials.of(ws);
    }

    /**
     * Replaces the potential levels (admins), in order. Keys are lower-case words; a level still used by a third
     * party cannot be removed.
     */
    @Transactional
    public List<PotentialLevel> changePotentialLevels(RelanceUser me, List<PotentialLevel> levels) {
        requireAdmin(me);
        if (levels == null || levels.isEmpty()) {
            throw new InvalidInputException("levels", "potentials.atLeastOne");
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<PotentialLevel> ordered = new ArrayList<>();
        Set<String> keys = new java.util.HashSet<>();
        for (int i = 0; i < levels.size(); i++) {
            PotentialLevel level = levels.get(i);
            String key = level == null ? null : level.key();
            String label = level == null ? null : Text.clean(level.label());
            if (key == null || !key.matches("[a-z][a-z0-9_]{0,39}")) {
                problems.add(new FieldProblem("levels[" + i + "].key", "customFields.key.invalid"));
            } else if (!keys.add(key)) {
                problems.add(new FieldProblem("levels[" + i + "].key", "potentials.duplicate"));
            }
            if (label != null && label.length() > 60) {
                problems.add(new FieldProblem("levels[" + i + "].label", "validation.size.max", 60));
            }
            ordered.add(new PotentialLevel(key, label, i));
        }
        for (PotentialLevel old : potentials.of(me.workspaceId())) {
            if (!keys.contains(old.key()) && thirdParties.usesPotential(me.workspaceId(), old.key())) {
                problems.add(new FieldProblem("levels", "potentials.inUse", old.key()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        potentials.replace(me.workspaceId(), ordered);
        return potentials.of(me.workspaceId());
    }

    public List<Tag> tags(WorkspaceId ws) {
        return tags.all(ws);
    }

    public List<Segment> segments(RelanceUser me) {
        return segments.visibleTo(me.workspaceId(), me.userId().value());
    }

    @Transactional
    public Segment saveSegment(RelanceUser me, String name, ThirdPartyFilter filter, boolean shared) {
        String clean = Text.clean(name);
        if (clean == null) {
            throw new InvalidInputException("name", "validation.required");
        }
        if (clean.length() > 120) {
            throw new InvalidInputException("name", "validation.size.max", 120);
        }
        if (segments.nameTaken(me.workspaceId(), me.userId().value(), clean)) {
            throw new InvalidInputException("name", "segments.name.taken");
        }
        // a query string is read back form-decoded ("+" is a space): a literal "+" (a phone, "+33…") is kept as %2B
        String query = org.springframework.web.util.UriComponentsBuilder.newInstance()
                .queryParams(filter.toParams())
                .build()
                .encode()
                .getQuery()
                .replace("+", "%2B");
        Segment segment = new Segment(
                Ids.newId(),
                me.userId().value(),
                clean,
                query == null ? "" : query,
                shared && me.seesAll(),
                clock.instant());
        segments.insert(me.workspaceId(), segment);
        return segment;
    }

    public Segment segment(RelanceUser me, UUID id) {
        return segments.find(me.workspaceId(), id)
                .filter(s -> s.shared() || s.userId().equals(me.userId().value()))
                .orElseThrow(NotFoundException::new);
    }

    /**
     * The list parameters with a saved segment's underneath ({@code segment=<id>}); the parameters given beside
     * it win. Without a segment, the parameters as they are.
     */
    public org.springframework.util.MultiValueMap<String, String> withSegment(
            RelanceUser me, org.springframework.util.MultiValueMap<String, String> params) {
        String id = params.getFirst("segment");
        if (id == null || id.isBlank()) {
            return params;
        }
        String query = segment(me, io.relance.shared.Ids.parse(id)).query();
        org.springframework.util.MultiValueMap<String, String> merged = ThirdPartyFilter.parseQuery(query);
        params.forEach((k, vs) -> {
            if (!k.equals("segment")) {
                merged.put(k, vs);
            }
        });
        return merged;
    }

    @Transactional
    public void deleteSegment(RelanceUser me, UUID id) {
        Segment segment = segment(me, id);
        if (!segment.userId().equals(me.userId().value()) && !me.isAdmin()) {
            throw new ForbiddenException();
        }
        segments.delete(me.workspaceId(), id);
    }

    // --- the list's columns, per user -------------------------------------------------------------------------

    /**
     * The columns the user picked for the third-party list, in his order; the defaults until he picks. A column
     * that no longer exists (a deleted custom field) is left out.
     */
    public List<ListColumn> listColumns(RelanceUser me) {
        return columnsOf(me.workspaceId())
                .read(listPreferences
                        .columns(me.workspaceId(), me.userId().value(), ListColumns.THIRD_PARTIES)
                        .orElse(null));
    }

    /** Every column the third-party list can show: the built-in ones, then each custom field. */
    public List<ListColumn> availableListColumns(RelanceUser me) {
        return columnsOf(me.workspaceId()).available();
    }

    /**
     * Keeps the user's choice of columns for the third-party list, in the order given. Each key must be a column
     * of the list ({@link #availableListColumns}) and the name must be among them.
     */
    @Transactional
    public List<ListColumn> chooseListColumns(RelanceUser me, List<String> keys) {
        List<ListColumn> chosen = columnsOf(me.workspaceId()).check(keys);
        listPreferences.saveColumns(
                me.workspaceId(),
                me.userId().value(),
                ListColumns.THIRD_PARTIES,
                ListColumns.store(chosen),
                clock.instant());
        return chosen;
    }

    /** Forgets the user's choice: the list shows the default columns again (and every custom field). */
    @Transactional
    public List<ListColumn> resetListColumns(RelanceUser me) {
        listPreferences.delete(me.workspaceId(), me.userId().value(), ListColumns.THIRD_PARTIES);
        return columnsOf(me.workspaceId()).defaults();
    }

    private ListColumns columnsOf(WorkspaceId ws) {
        return new ListColumns(customFields.all(ws));
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private void save(RelanceUser me, ThirdParty tp, long expectedVersion) {
        thirdParties.update(
                me.workspaceId(),
                tp,
                tp.searchText(workspaces.workspace(me.workspaceId()).country()),
                expectedVersion);
    }

    private void recordChanges(RelanceUser me, ThirdParty tp, List<FieldChange> changes, Instant now) {
        if (changes.isEmpty()) {
            return;
        }
        List<FieldChange> plain = new ArrayList<>();
        for (FieldChange change : changes) {
            EventKind kind = switch (change.field()) {
                case "status" -> EventKind.STATUS_CHANGED;
                case "potential" -> EventKind.POTENTIAL_CHANGED;
                default -> null;
            };
            if (kind != null) {
                history.record(
                        me.workspaceId().value(),
                        HistoryEvent.of(
                                        target(tp),
                                        kind,
                                        change.before() + " → " + change.after(),
                                        me.userId().value(),
                                        now)
                                .withChanges(List.of(change)));
            } else {
                plain.add(change);
            }
        }
        if (!plain.isEmpty()) {
            String summary = plain.stream().map(FieldChange::field).collect(Collectors.joining(", "));
            history.record(
                    me.workspaceId().value(),
                    HistoryEvent.of(
                                    target(tp),
                                    EventKind.FIELD_CHANGED,
                                    summary,
                                    me.userId().value(),
                                    now)
                            .withChanges(plain));
        }
    }

    private static void checkPotential(List<PotentialLevel> levels, String potential, List<FieldProblem> problems) {
        if (levels.stream().noneMatch(l -> l.key().equals(potential))) {
            problems.add(new FieldProblem("potential", "validation.choice"));
        }
    }

    private boolean activeMember(WorkspaceId ws, UserId user) {
        return workspaces.member(ws, user).filter(UserSummary::active).isPresent();
    }

    private Map<UserId, UserSummary> members(WorkspaceId ws) {
        return workspaces.members(ws).stream().collect(Collectors.toMap(UserSummary::id, Function.identity()));
    }

    private static String name(Map<UserId, UserSummary> members, UserId id) {
        UserSummary user = members.get(id);
        return user == null ? id.toString() : user.displayName();
    }

    private Map<String, CustomField> fieldsByKey(WorkspaceId ws) {
        Map<String, CustomField> byKey = new HashMap<>();
        customFields.all(ws).forEach(f -> byKey.put(f.key(), f));
        return byKey;
    }

    private static ThirdPartyQuery.Viewer viewer(RelanceUser me) {
        return new ThirdPartyQuery.Viewer(me.userId().value(), me.seesAll(), me.isAdmin());
    }

    private static Target target(ThirdParty tp) {
        return Target.thirdParty(tp.id().value());
    }

    private static void requireAdmin(RelanceUser me) {
        if (!me.isAdmin()) {
            throw new ForbiddenException();
        }
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }
}

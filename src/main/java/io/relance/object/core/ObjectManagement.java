package io.relance.object.core;

import io.relance.history.HistoryManagement;
import io.relance.history.StoredFile;
import io.relance.history.Target;
import io.relance.object.SalesObjectId;
import io.relance.object.SalesObjectStatusChanged;
import io.relance.shared.FieldProblem;
import io.relance.shared.ForbiddenException;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.NotFoundException;
import io.relance.shared.RelanceUser;
import io.relance.shared.StaleVersionException;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import io.relance.workspace.UserSummary;
import io.relance.workspace.WorkspaceManagement;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of an object: everyone of the workspace reads the objects (any rep may offer one to his buyers); its
 * owner, managers and admins change it, move its status and attach its documents. An object is never deleted (deals
 * and inquiries name it): it is withdrawn.
 */
@Service
public class ObjectManagement {

    /** The kind of record an object's documents and timeline entries belong to. */
    public static final String TARGET = "SALES_OBJECT";

    private final SalesObjectTable objects;
    private final WorkspaceManagement workspaces;
    private final HistoryManagement history;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ObjectManagement(
            SalesObjectTable objects,
            WorkspaceManagement workspaces,
            HistoryManagement history,
            ApplicationEventPublisher events,
            Clock clock) {
        this.objects = objects;
        this.workspaces = workspaces;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    public static Target target(SalesObjectId id) {
        return new Target(TARGET, id.value());
    }

    /** Whether this user may change the object: its owner, a manager or an admin. */
    public static boolean canChange(RelanceUser me, SalesObject o) {
        return me.seesAll() || o.ownedBy(me.userId());
    }

    public SalesObject get(WorkspaceId ws, SalesObjectId id) {
        return objects.find(ws, id.value()).orElseThrow(NotFoundException::new);
    }

    /** Creates an available object from a reference, a title and a type at least; its owner is the creator unless a manager names another. */
    @Transactional
    public SalesObject create(RelanceUser me, SalesObjectChanges changes) {
        List<FieldProblem> problems = new ArrayList<>(changes.problems());
        required(changes.reference().isPresent(), "reference", changes, problems);
        required(changes.title().isPresent(), "title", changes, problems);
        required(changes.type().isPresent(), "type", changes, problems);
        changes.reference()
                .filter(r -> objects.referenceTaken(me.workspaceId(), r, null))
                .ifPresent(r -> problems.add(new FieldProblem("reference", "object.referenceTaken")));
        changes.ownerId().ifPresent(owner -> checkOwner(me, owner, null, problems));
        changes.status()
                .filter(s -> s != io.relance.object.SalesObjectStatus.AVAILABLE)
                .ifPresent(s -> problems.add(new FieldProblem("status", "object.status.newIsAvailable")));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UserId owner = changes.ownerId().map(UserId::new).orElse(me.userId());
        String currency = workspaces.workspace(me.workspaceId()).currency();
        SalesObject o = SalesObject.create(new SalesObjectId(Ids.newId()), changes, owner, currency, clock.instant());
        try {
            objects.insert(me.workspaceId(), o);
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("reference", "object.referenceTaken");
        }
        return get(me.workspaceId(), o.id());
    }

    /** A PATCH at the version read; a status asked for goes through its named transition; stale → 409. */
    @Transactional
    public SalesObject update(RelanceUser me, SalesObjectId id, SalesObjectChanges changes) {
        SalesObject o = changeable(me, id);
        List<FieldProblem> problems = new ArrayList<>(changes.problems());
        if (changes.version() == null && !changes.refused("version")) {
            problems.add(new FieldProblem("version", "validation.version"));
        }
        changes.reference()
                .filter(r -> objects.referenceTaken(me.workspaceId(), r, id.value()))
                .ifPresent(r -> problems.add(new FieldProblem("reference", "object.referenceTaken")));
        changes.ownerId().ifPresent(owner -> checkOwner(me, owner, o.ownerId(), problems));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (o.version() != changes.version()) {
            throw new StaleVersionException();
        }
        Instant now = clock.instant();
        boolean changed = o.apply(changes, now);
        var moved = changes.status().flatMap(s -> o.moveTo(s, now));
        if (changed || moved.isPresent()) {
            try {
                objects.update(me.workspaceId(), o, changes.version());
            } catch (DuplicateKeyException e) {
                throw new InvalidInputException("reference", "object.referenceTaken");
            }
        }
        moved.ifPresent(from -> published(me, o, from, now));
        return get(me.workspaceId(), id);
    }

    /** Takes the object off the market (DELETE); a withdrawn one stays as it is, a sold one cannot be withdrawn. */
    @Transactional
    public SalesObject withdraw(RelanceUser me, SalesObjectId id) {
        SalesObject o = changeable(me, id);
        long version = o.version();
        Instant now = clock.instant();
        var moved = o.moveTo(io.relance.object.SalesObjectStatus.WITHDRAWN, now);
        if (moved.isPresent()) {
            objects.update(me.workspaceId(), o, version);
            published(me, o, moved.get(), now);
        }
        return get(me.workspaceId(), id);
    }

    // --- documents (the documentation PDF, plans, photos) -------------------------------------------------------

    public List<StoredFile> documents(WorkspaceId ws, SalesObjectId id) {
        get(ws, id);
        return history.files(ws.value(), target(id));
    }

    @Transactional
    public StoredFile attach(RelanceUser me, SalesObjectId id, String filename, byte[] content) {
        changeable(me, id);
        return history.attach(
                me.workspaceId().value(),
                target(id),
                filename,
                content,
                me.userId().value());
    }

    public StoredFile document(WorkspaceId ws, SalesObjectId id, UUID fileId) {
        get(ws, id);
        return history.file(ws.value(), target(id), fileId);
    }

    public InputStream open(WorkspaceId ws, StoredFile file) {
        return history.open(ws.value(), file);
    }

    @Transactional
    public void removeDocument(RelanceUser me, SalesObjectId id, UUID fileId) {
        changeable(me, id);
        history.removeFile(
                me.workspaceId().value(), target(id), fileId, me.userId().value());
    }

    private SalesObject changeable(RelanceUser me, SalesObjectId id) {
        SalesObject o = get(me.workspaceId(), id);
        if (!canChange(me, o)) {
            throw new ForbiddenException();
        }
        return o;
    }

    private void published(RelanceUser me, SalesObject o, io.relance.object.SalesObjectStatus from, Instant now) {
        events.publishEvent(new SalesObjectStatusChanged(me.workspaceId(), o.id(), from, o.status(), me.userId(), now));
    }

    /** An owner is an active member; only managers and admins give an object to someone else. */
    private void checkOwner(RelanceUser me, UUID owner, UserId current, List<FieldProblem> problems) {
        Optional<UserSummary> member = workspaces.member(me.workspaceId(), new UserId(owner));
        if (member.isEmpty() || !member.get().active()) {
            problems.add(new FieldProblem("ownerId", "validation.choice"));
        } else if (!me.seesAll() && !owner.equals(me.userId().value()) && !new UserId(owner).equals(current)) {
            problems.add(new FieldProblem("ownerId", "object.owner.managersOnly"));
        }
    }

    private static void required(
            boolean present, String field, SalesObjectChanges changes, List<FieldProblem> problems) {
        if (!present && !changes.refused(field)) {
            problems.add(new FieldProblem(field, "validation.required"));
        }
    }
}

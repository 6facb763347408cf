package io.relance.history;

import io.relance.shared.Cursors;
import io.relance.shared.FieldProblem;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.ListPage;
import io.relance.shared.NotFoundException;
import io.relance.shared.PageRequest;
import io.relance.shared.RichText;
import io.relance.shared.Text;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

/**
 * The entry point of the history module: records events on any record's timeline, reads timelines, keeps
 * attached files. Callers check that the user may see the record; this module trusts the target it is given.
 */
@Service
public class HistoryManagement {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(HistoryManagement.class);

    private final HistoryEvents events;
    private final StoredFiles files;
    private final FileStore store;
    private final EntryTypes entryTypes;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;
    private final long maxFileBytes;

    HistoryManagement(
            HistoryEvents events,
            StoredFiles files,
            FileStore store,
            EntryTypes entryTypes,
            Clock clock,
            ApplicationEventPublisher publisher,
            @Value("${relance.files.max-size:10MB}") DataSize maxFileSize) {
        this.events = events;
        this.files = files;
        this.store = store;
        this.entryTypes = entryTypes;
        this.clock = clock;
        this.publisher = publisher;
        this.maxFileBytes = maxFileSize.toBytes();
    }

    /** Records an event (id and times filled in when absent). */
    @Transactional
    public HistoryEvent record(UUID workspace, HistoryEvent event) {
        HistoryEvent complete = complete(event, clock.instant());
        events.insert(workspace, complete);
        return complete;
    }

    /** Records many events in a few statements (a bulk change: one event per record changed). */
    @Transactional
    public List<HistoryEvent> recordAll(UUID workspace, List<HistoryEvent> many) {
        Instant now = clock.instant();
        List<HistoryEvent> complete = many.stream().map(e -> complete(e, now)).toList();
        events.insertAll(workspace, complete);
        return complete;
    }

    private HistoryEvent complete(HistoryEvent event, Instant now) {
        if (!entryTypes.isKnown(event.kind())) {
            throw new IllegalArgumentException("No module registered the timeline entry type " + event.kind());
        }
        return new HistoryEvent(
                event.id() == null ? Ids.newId() : event.id(),
                event.target(),
                event.kind(),
                event.direction(),
                truncateSummary(event.summary()),
                RichText.sanitize(event.body()), // pages show bodies as HTML: whoever records one, it is made safe
                event.outcome(),
                event.changes(),
                event.snapshot(),
                event.actorId(),
                event.occurredAt() == null ? now : event.occurredAt(),
                now,
                event.links());
    }

    /** A call, visit, note… logged by a person (announced: {@link ActivityLogged}); the note's rich text is sanitised. */
    @Transactional
    public HistoryEvent log(UUID workspace, Target target, HandLoggedEvent logged, UUID actor) {
        if (logged.type() == null) {
            throw new InvalidInputException("type", "history.type.invalid");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (logged.direction() != null && !logged.type().hasDirection()) {
            problems.add(new FieldProblem("direction", "history.direction.none"));
        }
        if (Text.clean(logged.outcome()) != null && !logged.type().hasOutcome()) {
            problems.add(new FieldProblem("outcome", "history.outcome.none"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String body = RichText.sanitize(logged.body());
        String summary = Text.clean(logged.summary());
        if (summary == null && body == null) {
            throw new InvalidInputException("summary", "validation.required");
        }
        Instant now = clock.instant();
        if (logged.occurredAt() != null && logged.occurredAt().isAfter(now.plusSeconds(24 * 3600 * 366L))) {
            throw new InvalidInputException("occurredAt", "history.occurredAt.future");
        }
        HistoryEvent recorded = record(
                workspace,
                new HistoryEvent(
                        null,
                        target,
                        logged.type().entryType(),
                        logged.direction(),
                        summary,
                        body,
                        Text.clean(logged.outcome()),
                        List.of(),
                        Map.of(),
                        actor,
                        logged.occurredAt(),
                        now,
                        List.of()));
        publisher.publishEvent(new ActivityLogged(
                workspace, target, logged.type(), logged.direction(), recorded.occurredAt(), actor, recorded.id()));
        return recorded;
    }

    /**
     * A record's timeline, newest first: the entries it is the target of and those linked to it, optionally limited
     * to some entry types (see {@link EntryTypes#group}).
     */
    public ListPage<HistoryEvent> timeline(UUID workspace, Target target, Set<String> kinds, PageRequest page) {
        Cursors.Keyset after = Cursors.keyset(page.cursor());
        List<HistoryEvent> fetched = events.timeline(
                workspace,
                target,
                kinds,
                after == null ? null : after.at(),
                after == null ? null : after.id(),
                page.limit() + 1);
        return ListPage.of(
                fetched, page.limit(), e -> Cursors.encode(e.occurredAt().toString(), e.id().toString()));
    }

    /**
     * The outbound contacts with a record's client from {@code from} to {@code to} (both included), oldest first: the
     * entries of the types modules declared as contacts ({@link EntryTypeProvider#outboundContactChannels()}), on the
     * record or linked to it, unless inbound. At most {@code limit}.
     */
    public List<OutboundContact> outboundContacts(UUID workspace, Target target, Instant from, Instant to, int limit) {
        Map<String, String> channels = entryTypes.outboundContactChannels();
        return events.outbound(workspace, target, channels.keySet(), from, to, limit).stream()
                .map(e -> new OutboundContact(e.kind(), channels.get(e.kind()), e.actorId(), e.occurredAt()))
                .toList();
    }

    /** Moves a record's whole history, the entries linked to it and its files onto another (a merge). */
    @Transactional
    public void moveTarget(UUID workspace, Target from, Target to) {
        events.moveTarget(workspace, from, to);
        files.moveTarget(workspace, from, to);
    }

    /**
     * Erases a record's whole history (the entries it is the target of, and its links to others' entries) and every
     * file attached to it, removed or not (a purge). The bytes leave the
     * disk once the transaction commits, so a rollback loses nothing.
     */
    @Transactional
    public void forget(UUID workspace, Target target) {
        List<UUID> fileIds = files.allOf(workspace, target);
        files.deleteAllOf(workspace, target);
        events.deleteAllOf(workspace, target);
        afterCommit(() -> fileIds.forEach(id -> store.delete(workspace, id)));
    }

    /**
     * Erases the files users removed more than {@code keep} ago, rows and bytes: a removed file stays restorable
     * from the disk by an operator for that long, then it is gone. Answers how many were erased.
     */
    @Transactional
    public int eraseRemovedFiles(java.time.Duration keep, int limit) {
        Instant cutoff = clock.instant().minus(keep);
        int erased = 0;
        for (UUID[] f : files.removedBefore(cutoff, limit)) {
            if (files.deleteRemoved(f[0], f[1], cutoff)) {
                afterCommit(() -> store.delete(f[0], f[1]));
                erased++;
            }
        }
        return erased;
    }

    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    action.run();
                } catch (RuntimeException e) {
                    // the rows are gone; a file left on disk is only wasted space
                    log.warn("Could not erase a file from the disk: {}", e.getMessage());
                }
            }
        });
    }

    // --- files --------------------------------------------------------------------------------------------------

    /** Stores an upload after checking its size and its real type; the timeline records it. */
    @Transactional
    public StoredFile attach(UUID workspace, Target target, String filename, byte[] content, UUID actor) {
        String name = safeName(filename);
        if (content.length > maxFileBytes) {
            throw new InvalidInputException(
                    "file", "files.tooLarge", DataSize.ofBytes(maxFileBytes).toMegabytes());
        }
        String contentType = UploadPolicy.accept(name, content)
                .orElseThrow(
                        () -> new InvalidInputException("file", "files.typeRefused", UploadPolicy.allowedExtensions()));
        StoredFile file = new StoredFile(
                Ids.newId(),
                target,
                name,
                contentType,
                content.length,
                io.relance.shared.Hashes.sha256Hex(content),
                actor,
                clock.instant());
        files.insert(workspace, file);
        store.write(workspace, file.id(), content);
        // the bytes go away again if the transaction does not commit
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        store.delete(workspace, file.id());
                    }
                }
            });
        }
        record(workspace, HistoryEvent.of(target, HistoryEntryTypes.FILE_ADDED, name, actor, null));
        return file;
    }

    public List<StoredFile> files(UUID workspace, Target target) {
        return files.list(workspace, target);
    }

    public StoredFile file(UUID workspace, Target target, UUID id) {
        return files.find(workspace, target, id).orElseThrow(NotFoundException::new);
    }

    public InputStream open(UUID workspace, StoredFile file) {
        return store.read(workspace, file.id());
    }

    @Transactional
    public void removeFile(UUID workspace, Target target, UUID id, UUID actor) {
        StoredFile file = file(workspace, target, id);
        files.markDeleted(workspace, target, id, clock.instant());
        record(workspace, HistoryEvent.of(target, HistoryEntryTypes.FILE_REMOVED, file.filename(), actor, null));
    }

    private static String safeName(String filename) {
        String name = filename == null ? "" : filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\"]", "")
                .strip();
        if (name.isEmpty()) {
            throw new InvalidInputException("file", "validation.required");
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static String truncateSummary(String summary) {
        if (summary == null) {
            return null;
        }
        return summary.length() <= 500 ? summary : summary.substring(0, 499) + "…";
    }
}

package io.relance.party.core;

import io.relance.history.Direction;
import io.relance.history.HandLoggedEvent;
import io.relance.history.HandLoggedType;
import io.relance.history.HistoryEvent;
import io.relance.history.HistoryManagement;
import io.relance.history.StoredFile;
import io.relance.history.Target;
import io.relance.party.ContactWarnings;
import io.relance.party.ThirdPartyId;
import io.relance.shared.ListPage;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The timeline and the files of a third party, for whoever may see it.
 */
@Service
public class ThirdPartyTimeline {

    private final HistoryManagement history;
    private final ThirdPartyRecords records;
    private final List<ContactWarnings> contactWarnings;

    ThirdPartyTimeline(HistoryManagement history, ThirdPartyRecords records, List<ContactWarnings> contactWarnings) {
        this.history = history;
        this.records = records;
        this.contactWarnings = contactWarnings;
    }

    /** An entry logged by hand, and what the contact rules warn about it (none for a note or an inbound one). */
    public record Logged(HistoryEvent event, List<ContactWarnings.Warning> warnings) {}

    /**
     * Logs a call, visit, e-mail… and answers the contact rules' warnings about it, asked before it is recorded: an
     * outbound contact that breaks a rule is recorded all the same.
     */
    @Transactional
    public Logged logContact(RelanceUser me, ThirdPartyId id, HandLoggedEvent event) {
        records.visible(me, id.value());
        List<ContactWarnings.Warning> warnings = List.of();
        if (event.type() != null && event.type() != HandLoggedType.NOTE && event.direction() != Direction.INBOUND) {
            warnings = contactWarnings.stream()
                    .flatMap(w -> w.beforeLogging(me, id, event.type().name(), event.occurredAt()).stream())
                    .toList();
        }
        return new Logged(log(me, id, event), warnings);
    }

    public ListPage<HistoryEvent> timeline(RelanceUser me, ThirdPartyId id, Set<String> kinds, PageRequest page) {
        records.visible(me, id.value());
        return history.timeline(me.workspaceId().value(), Target.thirdParty(id.value()), kinds, page);
    }

    @Transactional
    public HistoryEvent log(RelanceUser me, ThirdPartyId id, HandLoggedEvent event) {
        ThirdParty tp = records.visible(me, id.value());
        return history.log(
                me.workspaceId().value(),
                ThirdPartyRecords.target(tp),
                event,
                me.userId().value());
    }

    @Transactional
    public StoredFile attach(RelanceUser me, ThirdPartyId id, String filename, byte[] content) {
        ThirdParty tp = records.visible(me, id.value());
        return history.attach(
                me.workspaceId().value(),
                ThirdPartyRecords.target(tp),
                filename,
                content,
                me.userId().value());
    }

    public List<StoredFile> files(RelanceUser me, ThirdPartyId id) {
        records.visible(me, id.value());
        return history.files(me.workspaceId().value(), Target.thirdParty(id.value()));
    }

    public StoredFile file(RelanceUser me, ThirdPartyId id, UUID fileId) {
        records.visible(me, id.value());
        return history.file(me.workspaceId().value(), Target.thirdParty(id.value()), fileId);
    }

    public InputStream open(RelanceUser me, StoredFile file) {
        records.visible(me, file.target().id());
        return history.open(me.workspaceId().value(), file);
    }

    @Transactional
    public void removeFile(RelanceUser me, ThirdPartyId id, UUID fileId) {
        records.visible(me, id.value());
        history.removeFile(
                me.workspaceId().value(),
                Target.thirdParty(id.value()),
                fileId,
                me.userId().value());
    }
}

package io.relance.party.trash;

import io.relance.history.HistoryManagement;
import io.relance.history.Target;
import io.relance.party.ThirdPartyPurged;
import io.relance.party.core.ThirdParties;
import io.relance.party.core.ThirdPartyManagement;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases for good what has stayed in the trash beyond {@link ThirdPartyManagement#RESTORE_WINDOW}: the third party,
 * its contacts, tag links, custom values, exceptions, timeline and files (rows and bytes), one third party per
 * transaction, so a failure leaves each one either whole or gone. Files a user removed from a record that lives on
 * are erased after the same window. Runs as the hourly job {@code empty-trash} ({@link ThirdPartyJobs}); a row
 * lock also makes two runs take turns.
 */
@Component
public class TrashPurge {

    private static final Logger log = LoggerFactory.getLogger(TrashPurge.class);
    private static final int BATCH = 200;

    private final ThirdParties thirdParties;
    private final HistoryManagement history;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TrashPurge(
            ThirdParties thirdParties,
            HistoryManagement history,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        this.thirdParties = thirdParties;
        this.history = history;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Erases everything past the restore window; answers how many third parties went. */
    public int run() {
        Instant cutoff = clock.instant().minus(ThirdPartyManagement.RESTORE_WINDOW);
        int erased = 0;
        while (true) {
            var due = thirdParties.deletedBefore(cutoff, BATCH);
            int before = erased;
            for (var key : due) {
                Boolean gone = transactions.execute(tx -> erase(key, cutoff));
                if (Boolean.TRUE.equals(gone)) {
                    erased++;
                }
            }
            if (due.size() < BATCH || erased == before) {
                break;
            }
        }
        int files = 0;
        int batch;
        do {
            batch = transactions.execute(tx -> history.eraseRemovedFiles(ThirdPartyManagement.RESTORE_WINDOW, BATCH));
            files += batch;
        } while (batch == BATCH);
        if (erased > 0 || files > 0) {
            log.info(
                    "Emptied the trash: erased {} third parties and {} removed files older than {} days",
                    erased,
                    files,
                    ThirdPartyManagement.RESTORE_WINDOW.toDays());
        }
        return erased;
    }

    private boolean erase(ThirdParties.ThirdPartyKey key, Instant cutoff) {
        var code = thirdParties.lockDeletedBefore(key.ws(), key.id().value(), cutoff);
        if (code.isEmpty()) {
            return false; // restored, or erased by another node meanwhile
        }
        events.publishEvent(new ThirdPartyPurged(key.ws(), key.id(), code.get()));
        history.forget(key.ws().value(), Target.thirdParty(key.id().value()));
        thirdParties.erase(key.ws(), key.id().value());
        log.debug(
                "Erased third party {} of workspace {} from the trash",
                code.get(),
                key.ws().value());
        return true;
    }
}

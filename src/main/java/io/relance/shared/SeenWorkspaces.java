package io.relance.shared;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The workspaces a node saw given something once (their default pipelines, classifications…), remembered only once
 * the transaction that gave it commits, so a node asks the database no more for them and a rollback forgets nothing.
 */
public final class SeenWorkspaces {

    private final Set<WorkspaceId> seen = ConcurrentHashMap.newKeySet();

    public boolean contains(WorkspaceId ws) {
        return seen.contains(ws);
    }

    /** Remembers the workspace once the current transaction commits (at once without one). */
    public void rememberAfterCommit(WorkspaceId ws) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    seen.add(ws);
                }
            });
        } else {
            seen.add(ws);
        }
    }
}

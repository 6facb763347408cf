package io.relance.messaging.outbox;

import io.relance.shared.WorkspaceId;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Delivers a workspace's e-mails right after the transaction that queued one commits, on a background thread of
 * this node, instead of waiting for the job's next round (up to {@code RELANCE_MAIL_DELIVER_EVERY} plus the
 * scheduler's polling). Only a shortcut: the claims make it safe beside the job, and the job still delivers whatever
 * it misses (this node stopping, a full queue). Off where jobs are off ({@code RELANCE_JOBS_ENABLED=false}, tests).
 */
@Component
public class OutboxNudge implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxNudge.class);

    private final OutboxDelivery delivery;
    private final boolean enabled;
    private final ExecutorService executor;

    OutboxNudge(OutboxDelivery delivery, @Value("${relance.jobs.enabled:true}") boolean enabled) {
        this.delivery = delivery;
        this.enabled = enabled;
        this.executor = enabled
                ? Executors.newSingleThreadExecutor(r -> {
                    Thread thread = new Thread(r, "relance-mail-nudge");
                    thread.setDaemon(true);
                    return thread;
                })
                : null;
    }

    /** After the current transaction commits (at once without one), delivers the workspace's due e-mails. */
    public void afterCommit(WorkspaceId workspace) {
        if (!enabled) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    submit(workspace);
                }
            });
        } else {
            submit(workspace);
        }
    }

    private void submit(WorkspaceId workspace) {
        try {
            executor.execute(() -> {
                try {
                    delivery.run(workspace);
                } catch (RuntimeException e) {
                    log.warn(
                            "Delivering the e-mails of workspace {} at once failed; the job will",
                            workspace.value(),
                            e);
                }
            });
        } catch (RejectedExecutionException e) {
            // shutting down: the job delivers it on the next start
        }
    }

    @Override
    public void destroy() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}

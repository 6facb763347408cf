package io.relance.tracking.engagement;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.relance.shared.Chunks;
import io.relance.shared.Db;
import io.relance.shared.WorkspaceId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stored scores fade with time even without events (recency): an hourly job ({@code refresh-engagement-scores})
 * recomputes the score of every subject opened within the last 15 days, workspace by workspace, 500 subjects a
 * transaction, and publishes the changes lists sort on (see {@link EngagementStore#refresh}).
 */
@Configuration(proxyBeanMethods = false)
public class ScoreRefresh {

    static final String JOB = "refresh-engagement-scores";
    private static final int CHUNK = 500;
    private static final Duration FADING = Duration.ofDays(15);

    private final JdbcClient jdbc;
    private final EngagementStore store;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ScoreRefresh(JdbcClient jdbc, EngagementStore store, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Bean
    RecurringTask<Void> refreshEngagementScores() {
        return Tasks.recurring(JOB, Schedules.fixedDelay(Duration.ofHours(1))).execute((instance, context) -> run());
    }

    /** Refreshes the scores that may have faded; answers how many subjects it looked at. */
    public int run() {
        Instant since = clock.instant().minus(FADING);
        // the one statement across workspaces (a multi-shard read on Citus, once an hour); then workspace by workspace
        List<WorkspaceId> workspaces = jdbc.sql(
                        "SELECT DISTINCT workspace_id FROM tracking_engagement WHERE last_open_at >= ?")
                .param(Db.ts(since))
                .query((rs, n) -> new WorkspaceId(Db.uuid(rs, "workspace_id")))
                .list();
        int seen = 0;
        for (WorkspaceId ws : workspaces) {
            List<SubjectKey> subjects = jdbc.sql("""
                            SELECT subject_type, subject_id FROM tracking_engagement
                            WHERE workspace_id = ? AND last_open_at >= ?""")
                    .params(ws.value(), Db.ts(since))
                    .query((rs, n) -> new SubjectKey(rs.getString("subject_type"), Db.uuid(rs, "subject_id")))
                    .list();
            for (List<SubjectKey> piece : Chunks.of(subjects, CHUNK)) {
                List<SubjectKey> chunk = new ArrayList<>(piece);
                transactions.executeWithoutResult(s -> store.refresh(ws, chunk));
            }
            seen += subjects.size();
        }
        return seen;
    }
}

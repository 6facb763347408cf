package io.relance.quote.engagement;

import io.relance.quote.QuoteId;
import io.relance.shared.Db;
import io.relance.tracking.EngagementChanged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the quote list's engagement columns (score, opens, last open) in step with the tracking module: on each
 * {@code EngagementChanged} of a quote, after the tracking transaction commits (and again after a crash, the event
 * publication registry). The columns are the tracking module's numbers, not the user's edits: they do not move the
 * quote's version, so a user editing the quote meanwhile never gets a 409 for it.
 */
@Component
class EngagementColumns {

    private final JdbcClient jdbc;

    EngagementColumns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(EngagementChanged changed) {
        if (!QuoteId.SUBJECT.equals(changed.subjectType())) {
            return;
        }
        jdbc.sql("""
                UPDATE quotes SET engagement_score = ?, opens = ?, last_opened_at = ?
                WHERE workspace_id = ? AND id = ?""")
                .params(
                        changed.score(),
                        changed.opens(),
                        Db.ts(changed.lastOpenedAt()),
                        changed.workspace().value(),
                        changed.subjectId())
                .update();
    }
}

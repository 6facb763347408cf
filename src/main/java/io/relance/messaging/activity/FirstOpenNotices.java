package io.relance.messaging.activity;

import io.relance.messaging.MailId;
import io.relance.quote.QuoteId;
import io.relance.shared.Db;
import io.relance.shared.WorkspaceId;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The quotes whose first-open e-mail was queued ({@code mail_first_open_notices}): the claim is written in the
 * transaction that queues the e-mail, so it goes once per quote (two nodes, a retried event: the second claim finds
 * the row, waiting for the first transaction on PostgreSQL, and gives up).
 */
@Repository
class FirstOpenNotices {

    private final JdbcClient jdbc;

    FirstOpenNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the quote's notice; false when it was claimed before. */
    boolean claim(WorkspaceId ws, QuoteId quote, Instant now) {
        return jdbc.sql("""
                        INSERT INTO mail_first_open_notices (workspace_id, quote_id, created_at) VALUES (?, ?, ?)
                        ON CONFLICT DO NOTHING""").params(ws.value(), quote.value(), Db.ts(now)).update() == 1;
    }

    void queued(WorkspaceId ws, QuoteId quote, MailId mail) {
        jdbc.sql("UPDATE mail_first_open_notices SET mail_id = ? WHERE workspace_id = ? AND quote_id = ?")
                .params(mail.value(), ws.value(), quote.value())
                .update();
    }
}

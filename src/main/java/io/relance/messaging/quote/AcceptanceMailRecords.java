package io.relance.messaging.quote;

import io.relance.messaging.MailId;
import io.relance.quote.QuoteId;
import io.relance.shared.Db;
import io.relance.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code accepted_quote_mails}: one row per accepted quote, written in the transaction that queues its e-mails, so
 * they are queued once whatever happens to the event that asked for them (a retry, a republication after a restart,
 * two nodes).
 */
@Repository
class AcceptanceMailRecords {

    private final JdbcClient jdbc;

    AcceptanceMailRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the quote's acceptance e-mails for this transaction: true the first time, false when they were queued
     * (or skipped) already. A concurrent claim waits for this transaction and then gets false.
     */
    boolean claim(WorkspaceId ws, QuoteId quote, int revision, Instant at) {
        return jdbc.sql("""
                                INSERT INTO accepted_quote_mails (workspace_id, quote_id, revision, created_at)
                                VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                        .params(ws.value(), quote.value(), revision, Db.ts(at))
                        .update()
                == 1;
    }

    /** What was queued (null: not) and why the others were not. */
    void done(WorkspaceId ws, QuoteId quote, MailId client, MailId owner, List<String> skipped) {
        jdbc.sql("""
                        UPDATE accepted_quote_mails SET client_mail_id = ?, owner_mail_id = ?, skipped = ?
                        WHERE workspace_id = ? AND quote_id = ?""")
                .params(
                        idOf(client),
                        idOf(owner),
                        skipped.isEmpty() ? null : String.join(",", skipped),
                        ws.value(),
                        quote.value())
                .update();
    }

    private static UUID idOf(MailId id) {
        return id == null ? null : id.value();
    }
}

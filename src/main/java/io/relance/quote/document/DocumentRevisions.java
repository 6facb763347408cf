package io.relance.quote.document;

import io.relance.quote.QuoteId;
import io.relance.quote.QuoteStatus;
import io.relance.quote.core.QuoteHeader;
import io.relance.shared.Db;
import io.relance.shared.WorkspaceId;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A replaced revision's header as kept in {@code quote_revisions} (its lines stay in {@code quote_lines}). */
@Repository
class DocumentRevisions {

    /** What a replaced revision printed besides its lines. */
    record Archived(String number, QuoteStatus status, QuoteHeader header, Instant sentAt) {}

    private final JdbcClient jdbc;

    DocumentRevisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Archived> find(WorkspaceId ws, QuoteId id, int revision) {
        return jdbc.sql("""
                        SELECT number, status, contact_id, language, valid_until, introduction, terms, sent_at
                        FROM quote_revisions WHERE workspace_id = ? AND quote_id = ? AND revision = ?""")
                .params(ws.value(), id.value(), revision)
                .query((rs, n) -> new Archived(
                        rs.getString("number"),
                        QuoteStatus.valueOf(rs.getString("status")),
                        QuoteHeader.read(rs),
                        Db.instant(rs, "sent_at")))
                .optional();
    }
}

package io.relance.quote.core;

import io.relance.party.ThirdPartyId;
import io.relance.quote.Acceptance;
import io.relance.quote.QuoteId;
import io.relance.quote.QuoteStatus;
import io.relance.shared.Db;
import io.relance.shared.StaleVersionException;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The quotes, quote_lines and quote_revisions tables. Every statement names the workspace. */
@Repository
public class Quotes {

    private final JdbcClient jdbc;

    Quotes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Quote quote) {
        jdbc.sql("""
                INSERT INTO quotes (workspace_id, id, base_number, revision, number, status, third_party_id, contact_id,
                    currency, language, valid_until, introduction, terms, total_net, total_tax, total_gross, created_by,
                    created_at, updated_at, sent_at, answered_at, accepted_name, accepted_ip, accepted_agent,
                    accepted_signature, accepted_consent, declined_reason, declined_comment, version)
                VALUES (:ws, :id, :base, :revision, :number, :status, :thirdParty, :contact, :currency, :language,
                    :validUntil, :introduction, :terms, :net, :tax, :gross, :createdBy, :createdAt, :updatedAt, :sentAt,
                    :answeredAt, :acceptedName, :acceptedIp, :acceptedAgent, :acceptedSignature, :acceptedConsent,
                    :declinedReason, :declinedComment, 0)""").params(params(quote)).update();
        insertLines(quote);
    }

    /** Saves the quote if it is still at the version it was read at (a stale write is a 409), and its lines. */
    public void update(Quote quote) {
        int rows = jdbc.sql("""
                UPDATE quotes SET revision = :revision, number = :number, status = :status, contact_id = :contact,
                    language = :language, valid_until = :validUntil, introduction = :introduction, terms = :terms,
                    total_net = :net, total_tax = :tax, total_gross = :gross, updated_at = :updatedAt,
                    sent_at = :sentAt, answered_at = :answeredAt, accepted_name = :acceptedName,
                    accepted_ip = :acceptedIp, accepted_agent = :acceptedAgent,
                    accepted_signature = :acceptedSignature, accepted_consent = :acceptedConsent,
                    declined_reason = :declinedReason, declined_comment = :declinedComment, version = version + 1
                WHERE workspace_id = :ws AND id = :id AND version = :version""").params(params(quote)).update();
        if (rows == 0) {
            throw new StaleVersionException();
        }
        jdbc.sql("DELETE FROM quote_lines WHERE workspace_id = ? AND quote_id = ? AND revision = ?")
                .params(quote.row().workspaceId().value(), quote.id().value(), quote.revision())
                .update();
        insertLines(quote);
    }

    private void insertLines(Quote quote) {
        QuoteRow row = quote.row();
        List<QuoteLine> lines = quote.lines();
        List<BigDecimal> nets = quote.totals().lineNets();
        for (int i = 0; i < lines.size(); i++) {
            QuoteLine l = lines.get(i);
            Map<String, Object> p = new HashMap<>();
            p.put("ws", row.workspaceId().value());
            p.put("quote", row.id().value());
            p.put("revision", row.revision());
            p.put("position", i);
            p.put("kind", l.kind().name());
            p.put("description", l.description());
            p.put("quantity", l.quantity());
            p.put("unit", l.unit());
            p.put("unitPrice", l.unitPrice());
            p.put("discount", l.discountPercent());
            p.put("taxRate", l.taxRate());
            p.put("product", l.productId());
            p.put("credit", l.credit());
            p.put("net", nets.get(i));
            jdbc.sql("""
                    INSERT INTO quote_lines (workspace_id, quote_id, revision, position, kind, description, quantity, unit,
                        unit_price, discount_percent, tax_rate, product_id, credit, net)
                    VALUES (:ws, :quote, :revision, :position, :kind, :description, :quantity, :unit, :unitPrice,
                        :discount, :taxRate, :product, :credit, :net)""").params(p).update();
        }
    }

    /** Keeps a replaced revision read-only (its lines stay under its number). */
    public void archive(WorkspaceId ws, QuoteId id, ArchivedRevision r) {
        jdbc.sql("""
                INSERT INTO quote_revisions (workspace_id, quote_id, revision, number, status, contact_id, language,
                    valid_until, introduction, terms, total_net, total_tax, total_gross, sent_at, replaced_at, replaced_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        ws.value(),
                        id.value(),
                        r.revision(),
                        r.number(),
                        r.status().name(),
                        r.header().contactId(),
                        r.header().language(),
                        r.header().validUntil(),
                        r.header().introduction(),
                        r.header().terms(),
                        r.totals().net(),
                        r.totals().tax(),
                        r.totals().gross(),
                        Db.ts(r.sentAt()),
                        Db.ts(r.replacedAt()),
                        r.replacedBy())
                .update();
    }

    public Optional<Quote> find(WorkspaceId ws, QuoteId id) {
        return row(ws, id).map(r -> new Quote(r, lines(ws, id, r.revision())));
    }

    public Optional<QuoteRow> row(WorkspaceId ws, QuoteId id) {
        return jdbc.sql("SELECT * FROM quotes WHERE workspace_id = ? AND id = ?")
                .params(ws.value(), id.value())
                .query(Quotes::map)
                .optional();
    }

    /** The current revisions of these quotes (those that exist), in one query: for work on a set of quotes. */
    public Map<QuoteId, QuoteRow> rows(WorkspaceId ws, Collection<QuoteId> ids) {
        Map<QuoteId, QuoteRow> rows = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return rows;
        }
        jdbc.sql("SELECT * FROM quotes WHERE workspace_id = ? AND id = ANY(?)")
                .params(
                        ws.value(),
                        Db.uuids(ids.stream().map(QuoteId::value).distinct().toList()))
                .query(Quotes::map)
                .list()
                .forEach(r -> rows.put(r.id(), r));
        return rows;
    }

    public List<QuoteLine> lines(WorkspaceId ws, QuoteId id, int revision) {
        return jdbc.sql("""
                SELECT * FROM quote_lines WHERE workspace_id = ? AND quote_id = ? AND revision = ? ORDER BY position""")
                .params(ws.value(), id.value(), revision)
                .query((rs, n) -> new QuoteLine(
                        LineKind.valueOf(rs.getString("kind")),
                        rs.getString("description"),
                        rs.getBigDecimal("quantity"),
                        rs.getString("unit"),
                        rs.getBigDecimal("unit_price"),
                        rs.getBigDecimal("discount_percent"),
                        rs.getBigDecimal("tax_rate"),
                        Db.uuid(rs, "product_id"),
                        rs.getBoolean("credit")))
                .list();
    }

    /** The revisions newer ones replaced, newest first. */
    public List<RevisionSummary> revisions(WorkspaceId ws, QuoteId id) {
        return jdbc.sql("""
                SELECT * FROM quote_revisions WHERE workspace_id = ? AND quote_id = ? ORDER BY revision DESC""")
                .params(ws.value(), id.value())
                .query((rs, n) -> new RevisionSummary(
                        rs.getInt("revision"),
                        rs.getString("number"),
                        QuoteStatus.valueOf(rs.getString("status")),
                        rs.getObject("valid_until", LocalDate.class),
                        rs.getBigDecimal("total_net"),
                        rs.getBigDecimal("total_tax"),
                        rs.getBigDecimal("total_gross"),
                        Db.instant(rs, "sent_at"),
                        Db.instant(rs, "replaced_at")))
                .list();
    }

    public boolean numberFree(WorkspaceId ws, String number) {
        return jdbc.sql("SELECT COUNT(*) FROM quotes WHERE workspace_id = ? AND base_number = ?")
                        .params(ws.value(), number)
                        .query(Long.class)
                        .single()
                == 0;
    }

    /** The ids of a third party's quotes. */
    public List<QuoteId> idsOf(WorkspaceId ws, ThirdPartyId thirdParty) {
        return jdbc.sql("SELECT id FROM quotes WHERE workspace_id = ? AND third_party_id = ?")
                .params(ws.value(), thirdParty.value())
                .query((rs, n) -> new QuoteId(Db.uuid(rs, "id")))
                .list();
    }

    /** Moves a third party's quotes to another (a merge): answers how many. */
    public int moveThirdParty(WorkspaceId ws, ThirdPartyId from, ThirdPartyId to) {
        return jdbc.sql("""
                UPDATE quotes SET third_party_id = ?, version = version + 1 WHERE workspace_id = ? AND third_party_id = ?""").params(to.value(), ws.value(), from.value()).update();
    }

    /** Erases a quote, its lines and revisions for good. */
    public void erase(WorkspaceId ws, QuoteId id) {
        for (String table : List.of("quote_lines", "quote_revisions")) {
            jdbc.sql("DELETE FROM " + table + " WHERE workspace_id = ? AND quote_id = ?")
                    .params(ws.value(), id.value())
                    .update();
        }
        jdbc.sql("DELETE FROM quotes WHERE workspace_id = ? AND id = ?")
                .params(ws.value(), id.value())
                .update();
    }

    /** Workspaces that may have SENT quotes valid until before {@code day} (a read across workspaces). */
    public List<WorkspaceId> workspacesWithSentBefore(LocalDate day) {
        return jdbc.sql("SELECT DISTINCT workspace_id FROM quotes WHERE status = 'SENT' AND valid_until < ?")
                .params(day)
                .query((rs, n) -> new WorkspaceId(Db.uuid(rs, "workspace_id")))
                .list();
    }

    /** A workspace's SENT quotes valid until before {@code day}, at most {@code limit}. */
    public List<QuoteId> sentBefore(WorkspaceId ws, LocalDate day, int limit) {
        return jdbc.sql("""
                SELECT id FROM quotes WHERE workspace_id = ? AND status = 'SENT' AND valid_until < ?
                ORDER BY valid_until, id FETCH FIRST ? ROWS ONLY""")
                .params(ws.value(), day, limit)
                .query((rs, n) -> new QuoteId(Db.uuid(rs, "id")))
                .list();
    }

    private static Map<String, Object> params(Quote quote) {
        QuoteRow r = quote.row();
        QuoteTotals t = quote.totals();
        Map<String, Object> p = new HashMap<>();
        p.put("ws", r.workspaceId().value());
        p.put("id", r.id().value());
        p.put("base", r.baseNumber());
        p.put("revision", r.revision());
        p.put("number", r.number());
        p.put("status", r.status().name());
        p.put("thirdParty", r.thirdPartyId().value());
        p.put("contact", r.header().contactId());
        p.put("currency", r.currency().getCurrencyCode());
        p.put("language", r.header().language());
        p.put("validUntil", r.header().validUntil());
        p.put("introduction", r.header().introduction());
        p.put("terms", r.header().terms());
        p.put("net", t.net());
        p.put("tax", t.tax());
        p.put("gross", t.gross());
        p.put("createdBy", r.createdBy() == null ? null : r.createdBy().value());
        p.put("createdAt", Db.ts(r.createdAt()));
        p.put("updatedAt", Db.ts(r.updatedAt()));
        p.put("sentAt", Db.ts(r.sentAt()));
        p.put("answeredAt", Db.ts(r.answeredAt()));
        Acceptance a = r.acceptance();
        p.put("acceptedName", a == null ? null : a.name());
        p.put("acceptedIp", a == null ? null : a.ip());
        p.put("acceptedAgent", a == null ? null : a.userAgent());
        p.put("acceptedSignature", a == null ? null : a.signature());
        p.put("acceptedConsent", a == null ? null : a.consentText());
        p.put("declinedReason", r.declinedReason());
        p.put("declinedComment", r.declinedComment());
        p.put("version", r.version());
        return p;
    }

    public static QuoteRow map(ResultSet rs, int n) throws SQLException {
        String acceptedName = rs.getString("accepted_name");
        UUID createdBy = Db.uuid(rs, "created_by");
        return new QuoteRow(
                new WorkspaceId(Db.uuid(rs, "workspace_id")),
                new QuoteId(Db.uuid(rs, "id")),
                rs.getString("base_number"),
                rs.getInt("revision"),
                QuoteStatus.valueOf(rs.getString("status")),
                new ThirdPartyId(Db.uuid(rs, "third_party_id")),
                Currency.getInstance(rs.getString("currency")),
                QuoteHeader.read(rs),
                createdBy == null ? null : new UserId(createdBy),
                Db.instant(rs, "created_at"),
                Db.instant(rs, "updated_at"),
                Db.instant(rs, "sent_at"),
                Db.instant(rs, "answered_at"),
                acceptedName == null
                        ? null
                        : new Acceptance(
                                acceptedName,
                                rs.getString("accepted_ip"),
                                rs.getString("accepted_agent"),
                                rs.getString("accepted_signature"),
                                rs.getString("accepted_consent")),
                rs.getString("declined_reason"),
                rs.getString("declined_comment"),
                rs.getBigDecimal("total_net"),
                rs.getBigDecimal("total_tax"),
                rs.getBigDecimal("total_gross"),
                rs.getLong("version"));
    }
}

package io.relance.quote.core;

import io.relance.party.ThirdPartyAccess;
import io.relance.party.ThirdPartyId;
import io.relance.quote.QuoteId;
import io.relance.quote.QuoteSummary;
import io.relance.shared.Db;
import io.relance.shared.Money;
import io.relance.shared.NotFoundException;
import io.relance.shared.RelanceUser;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads quotes with their owner, who is their third party's owner (joined from {@code third_parties}, as
 * {@link ThirdPartyAccess} intends), and checks who may see them: anything out of reach is "not found". A quote
 * whose third party is in the trash is out of reach too, until it is restored.
 */
@Component
public class QuoteRecords {

    private static final String SELECT = """
            SELECT q.*, t.owner_id AS owner_id FROM quotes q
            JOIN third_parties t ON t.workspace_id = q.workspace_id AND t.id = q.third_party_id AND t.deleted_at IS NULL
            """;

    private final JdbcClient jdbc;
    private final Quotes quotes;
    private final ThirdPartyAccess access;

    QuoteRecords(JdbcClient jdbc, Quotes quotes, ThirdPartyAccess access) {
        this.jdbc = jdbc;
        this.quotes = quotes;
        this.access = access;
    }

    /** A quote with its owner. */
    public record Owned(QuoteRow row, UserId ownerId) {}

    public Optional<Owned> owned(WorkspaceId ws, QuoteId id) {
        return jdbc.sql(SELECT + " WHERE q.workspace_id = ? AND q.id = ?")
                .params(ws.value(), id.value())
                .query(QuoteRecords::owned)
                .optional();
    }

    /** The quote, if this user may see it; else 404. */
    public Quote visible(RelanceUser me, QuoteId id) {
        Owned owned = visibleRow(me, id);
        return new Quote(
                owned.row(), quotes.lines(me.workspaceId(), id, owned.row().revision()));
    }

    public Owned visibleRow(RelanceUser me, QuoteId id) {
        return owned(me.workspaceId(), id)
                .filter(o -> access.canSee(me, o.row().thirdPartyId(), o.ownerId()))
                .orElseThrow(NotFoundException::new);
    }

    public Optional<QuoteSummary> summary(WorkspaceId ws, QuoteId id) {
        return owned(ws, id).map(QuoteRecords::summary);
    }

    /** The summaries of these quotes (those that exist and whose third party is not in the trash), in one query. */
    public Map<QuoteId, QuoteSummary> summaries(WorkspaceId ws, Collection<QuoteId> ids) {
        Map<QuoteId, QuoteSummary> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql(SELECT + " WHERE q.workspace_id = ? AND q.id = ANY(?)")
                .params(
                        ws.value(),
                        Db.uuids(ids.stream().map(QuoteId::value).distinct().toList()))
                .query(QuoteRecords::owned)
                .list()
                .forEach(o -> found.put(o.row().id(), summary(o)));
        return found;
    }

    public Optional<QuoteSummary> visibleSummary(RelanceUser me, QuoteId id) {
        return owned(me.workspaceId(), id)
                .filter(o -> access.canSee(me, o.row().thirdPartyId(), o.ownerId()))
                .map(QuoteRecords::summary);
    }

    /** A third party's quotes the user may see, newest first. */
    public List<QuoteSummary> ofThirdParty(RelanceUser me, ThirdPartyId thirdParty, int max) {
        var predicate = access.predicate(me, ThirdPartyAccess.Columns.of("t"));
        var spec = jdbc.sql(SELECT + " WHERE q.workspace_id = :ws AND q.third_party_id = :tp AND " + predicate.sql()
                        + " ORDER BY q.created_at DESC, q.id DESC FETCH FIRST :max ROWS ONLY")
                .param("ws", me.workspaceId().value())
                .param("tp", thirdParty.value())
                .param("max", max);
        for (var e : predicate.params().entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        return spec.query(QuoteRecords::owned).list().stream()
                .map(QuoteRecords::summary)
                .toList();
    }

    /** A quote and its third party's name. */
    /** Every SENT quote of a workspace whose third party is not in the trash (the daily advice). */
    public List<QuoteSummary> sent(WorkspaceId ws) {
        return jdbc
                .sql(SELECT + " WHERE q.workspace_id = ? AND q.status = 'SENT' ORDER BY q.id")
                .param(ws.value())
                .query(QuoteRecords::owned)
                .list()
                .stream()
                .map(QuoteRecords::summary)
                .toList();
    }

    public static QuoteSummary summary(Owned o) {
        QuoteRow r = o.row();
        return new QuoteSummary(
                r.id(),
                r.number(),
                r.revision(),
                r.status(),
                r.thirdPartyId(),
                r.header().contactId(),
                o.ownerId(),
                new Money(r.totalNet(), r.currency()),
                new Money(r.totalTax(), r.currency()),
                new Money(r.totalGross(), r.currency()),
                r.currency().getCurrencyCode(),
                r.header().validUntil(),
                r.sentAt(),
                r.header().language());
    }

    public static Owned owned(ResultSet rs, int n) throws SQLException {
        return new Owned(Quotes.map(rs, n), new UserId(Db.uuid(rs, "owner_id")));
    }
}

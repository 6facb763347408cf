package io.relance.quote.search;

import io.relance.shared.FieldProblem;
import java.util.List;

/**
 * A sort of the quote list: a key and a direction ({@code -createdAt} descending). {@code engagementScore} is
 * nullable: a quote without a score sorts as −1 (last when the highest come first).
 */
public record QuoteSort(Key key, boolean descending) {

    public static final QuoteSort DEFAULT = new QuoteSort(Key.createdAt, true);

    /** The sortable columns and the SQL expression each sorts on (never null, so keyset paging works). */
    public enum Key {
        createdAt("q.created_at"),
        number("q.number"),
        validUntil("q.valid_until"),
        totalGross("q.total_gross"),
        status("q.status"),
        engagementScore("COALESCE(q.engagement_score, -1)");

        final String sql;

        Key(String sql) {
            this.sql = sql;
        }
    }

    public static QuoteSort parse(String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        boolean descending = text.startsWith("-");
        String name = descending ? text.substring(1) : text;
        try {
            return new QuoteSort(Key.valueOf(name), descending);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("sort", "validation.sort"));
            return DEFAULT;
        }
    }

    public String asParameter() {
        return (descending ? "-" : "") + key.name();
    }
}

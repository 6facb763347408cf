package io.relance.party.search;

import io.relance.party.ThirdPartyAccess;
import io.relance.party.core.Tags;
import io.relance.party.core.ThirdParties;
import io.relance.party.core.ThirdParty;
import io.relance.party.core.ThirdPartyManagement;
import io.relance.party.customfield.CustomField;
import io.relance.shared.Cursors;
import io.relance.shared.Db;
import io.relance.shared.FieldProblem;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.Phones;
import io.relance.shared.Text;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Turns a {@link ThirdPartyFilter} into one SQL statement with bound parameters: keyset paging on the sort
 * column and the id (never OFFSET), a rep's visibility (his own records and his time-boxed exceptions).
 *
 * <p>Two shapes, so that a page at a million rows reads a few hundred index entries rather than thousands of
 * rows: with a tag filter and the name order, the page is walked from the tag's links ({@code third_party_tags}
 * carries the owner, status, potential, deletion, name and search text of its third party, kept in step by
 * {@link ThirdParties#update} and {@link Tags#add}); otherwise the 51 ids are chosen first, from the indexes
 * alone where they carry every filtered column, and only those rows are read (a deferred join).
 */
public final class ThirdPartyQuery {

    public record Sql(String text, Map<String, Object> params) {}

    /** Who is looking: a rep sees only what he owns or was lent; managers and admins see everything. */
    public record Viewer(UUID userId, boolean seesAll, boolean admin) {}

    public static final long COUNT_CAP = 10_000;

    /** Words shorter than this are matched without the trigram index (see {@link #search}). */
    public static final int TRIGRAM_MIN_WORD = 5;

    /** Conditions on what a tag link carries too (owner, status, ...), written on the third party ({@code t}). */
    private final StringBuilder onT = new StringBuilder();
    /** The same conditions, written on a tag link ({@code k}). Never both: the planner would count them twice. */
    private final StringBuilder keys = new StringBuilder();
    /** Conditions on the third party only. */
    private final StringBuilder where = new StringBuilder();
    /** The first tag filtered on: the list can be walked from its links. */
    private String drivingTag;

    private final Map<String, Object> params = new HashMap<>();
    private final List<FieldProblem> problems = new ArrayList<>();
    private final ListSort sort;
    private int n;

    /**
     * What a list is asked: in which workspace, by whom and when (who may see what), the filter, and what it reads
     * (the workspace's tag ids and custom fields by key, its country for phone numbers typed without a prefix).
     */
    public record Criteria(
            WorkspaceId ws,
            Viewer viewer,
            Instant now,
            ThirdPartyFilter filter,
            Map<String, UUID> tagIds,
            Map<String, CustomField> fields,
            String region) {}

    private ThirdPartyQuery(Criteria criteria) {
        ThirdPartyFilter f = criteria.filter();
        Viewer viewer = criteria.viewer();
        params.put("ws", criteria.ws().value());
        if (f.deleted()) {
            if (!viewer.admin()) {
                throw new io.relance.shared.ForbiddenException();
            }
            both(" AND {a}.deleted_at IS NOT NULL AND {a}.deleted_at > :trashCutoff");
            where.append(" AND t.merged_into IS NULL");
            params.put("trashCutoff", Db.ts(criteria.now().minus(ThirdPartyManagement.RESTORE_WINDOW)));
        } else {
            both(" AND {a}.deleted_at IS NULL");
        }
        UUID owner =
                f.owner() == null ? null : f.owner().equals("me") ? viewer.userId() : parseUuid("owner", f.owner());
        if (owner != null) {
            both(" AND {a}.owner_id = :owner");
            params.put("owner", owner);
        }
        // A rep's own records need no visibility check when he filters on them.
        if (!viewer.seesAll() && !viewer.userId().equals(owner)) {
            ThirdPartyAccess.Predicate access = ThirdPartyAccess.predicate(
                    criteria.ws(),
                    new UserId(viewer.userId()),
                    false,
                    criteria.now(),
                    new ThirdPartyAccess.Columns("{a}.workspace_id", "{a}.owner_id", "{id}"));
            both(" AND " + access.sql());
            params.putAll(access.params());
        }
        if (f.q() != null) {
            search(f.q(), criteria.region());
        }
        bool("prospect", f.prospect());
        bool("customer", f.customer());
        bool("individual", f.individual());
        if (!f.statuses().isEmpty()) {
            both(" AND {a}.status IN (:statuses)");
            params.put("statuses", f.statuses().stream().map(Enum::name).toList());
        }
        if (!f.potentials().isEmpty()) {
            both(" AND {a}.potential IN (:potentials)");
            params.put("potentials", f.potentials());
        }
        for (String tag : f.tags()) {
            UUID id = criteria.tagIds().get(Text.fold(tag));
            if (id == null) {
                where.append(" AND 1 = 0");
            } else if (drivingTag == null) {
                drivingTag = next("tag");
                params.put(drivingTag, id);
            } else {
                String p = next("tag");
                where.append(" AND EXISTS (SELECT 1 FROM third_party_tags tt WHERE tt.workspace_id = :ws"
                        + " AND tt.third_party_id = t.id AND tt.tag_id = :" + p + ")");
                params.put(p, id);
            }
        }
        if (f.city() != null) {
            where.append(" AND LOWER(t.city) = :city");
            params.put("city", f.city().toLowerCase(java.util.Locale.ROOT));
        }
        if (f.country() != null) {
            where.append(" AND t.country = :country");
            params.put("country", f.country().toUpperCase(java.util.Locale.ROOT));
        }
        range("t.created_at", f.createdFrom(), f.createdTo());
        range("t.updated_at", f.updatedFrom(), f.updatedTo());
        f.customFields().forEach((key, value) -> customField(key, value, criteria.fields()));
        this.sort = ListSort.parse(f.sort(), criteria.fields(), problems);
        if (sort.field() != null) {
            params.put("sortField", sort.field());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The page query: {@code limit + 1} rows after the cursor. */
    public static Sql page(Criteria criteria, String cursor, int limit) {
        ThirdPartyQuery q = new ThirdPartyQuery(criteria);
        q.params.put("limit", limit + 1);
        boolean fromTag = q.drivingTag != null && q.sort.expression().equals("t.sort_name");
        String sortBy = fromTag ? "k.sort_name" : q.sort.expression();
        String idBy = fromTag ? "k.third_party_id" : "t.id";
        StringBuilder keyset = new StringBuilder();
        if (cursor != null) {
            List<String> parts = Cursors.decode(cursor, 2);
            q.params.put("afterValue", q.sort.typedCursorValue(parts.get(0)));
            q.params.put("afterId", Ids.parseCursorId(parts.get(1)));
            keyset.append(" AND (")
                    .append(sortBy)
                    .append(", ")
                    .append(idBy)
                    .append(") ")
                    .append(q.sort.descending() ? "<" : ">")
                    .append(" (:afterValue, :afterId)");
        }
        String direction = q.sort.descending() ? " DESC" : "";
        String order = " ORDER BY " + sortBy + direction + ", " + idBy + direction + " LIMIT :limit";
        if (fromTag) {
            return new Sql(
                    "SELECT " + ThirdParties.COLUMNS + ", k.sort_name AS sort_value" + q.fromTagLinks() + keyset
                            + order,
                    q.params);
        }
        String ids = "SELECT t.workspace_id AS page_ws, t.id AS page_id, " + q.sort.expression() + " AS sort_value"
                + " FROM third_parties t" + q.sort.join() + " WHERE " + q.where() + keyset + order;
        return new Sql(
                "SELECT " + ThirdParties.COLUMNS + ", page.sort_value FROM (" + ids + ") page"
                        + " JOIN third_parties t ON t.workspace_id = page.page_ws AND t.id = page.page_id"
                        + " WHERE t.workspace_id = :ws" // Citus: the outer read is routed to the same shard
                        + " ORDER BY page.sort_value" + direction + ", t.id" + direction,
                q.params);
    }

    /** Counts at most {@link #COUNT_CAP} matches, so the count stays fast on a million rows. */
    public static Sql count(Criteria criteria) {
        ThirdPartyQuery q = new ThirdPartyQuery(criteria);
        q.params.put("cap", COUNT_CAP + 1);
        String from = q.drivingTag != null ? q.fromTagLinks() : " FROM third_parties t WHERE " + q.where();
        return new Sql("SELECT COUNT(*) FROM (SELECT 1" + from + " LIMIT :cap) c", q.params);
    }

    /** The third parties' conditions, with the driving tag's as an EXISTS like the others. */
    private String where() {
        String conditions = "t.workspace_id = :ws" + onT + where;
        return drivingTag == null
                ? conditions
                : conditions + " AND EXISTS (SELECT 1 FROM third_party_tags tt WHERE tt.workspace_id = :ws"
                        + " AND tt.third_party_id = t.id AND tt.tag_id = :" + drivingTag + ")";
    }

    /**
     * Walks the driving tag's links, filtered on what they carry, and reads the third party of each match only,
     * where the conditions on the rest of it are checked.
     */
    private String fromTagLinks() {
        return " FROM third_party_tags k JOIN third_parties t ON t.workspace_id = k.workspace_id"
                + " AND t.id = k.third_party_id WHERE k.workspace_id = :ws AND k.tag_id = :" + drivingTag + keys
                + where;
    }

    /** The cursor of a row: its sort value and id. */
    public static String cursorOf(ThirdParty t, Object sortValue) {
        return ListSort.cursorOf(t, sortValue);
    }

    private void search(String q, String region) {
        Set<String> alternatives = new LinkedHashSet<>();
        if (Phones.looksLikePhone(q)) {
            String digits = Text.digits(q);
            alternatives.add(digits);
            Phones.e164(q, region).ifPresent(e -> alternatives.add(Text.digits(e)));
            Phones.nationalDigits(q, region).ifPresent(alternatives::add);
            List<String> ors = new ArrayList<>();
            for (String alternative : alternatives) {
                String p = next("q");
                ors.add("{a}.search_text LIKE :" + p);
                params.put(p, "%" + escapeLike(alternative) + "%");
            }
            both(" AND (" + String.join(" OR ", ors) + ")");
            return;
        }
        for (String word : Text.fold(q).split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String p = next("q");
            // A short fragment ("mar") matches too many rows for the trigram index to pay: written this way,
            // PostgreSQL filters it inside the name-ordered index scan instead. Longer words use the index.
            onT.append(
                            word.length() < TRIGRAM_MIN_WORD
                                    ? " AND (t.search_text || '') LIKE :"
                                    : " AND t.search_text LIKE :")
                    .append(p);
            keys.append(" AND k.search_text LIKE :").append(p);
            params.put(p, "%" + escapeLike(word) + "%");
        }
    }

    /** A condition on the third party and on a tag link: {@code {a}} is the alias, {@code {id}} the id column. */
    private void both(String condition) {
        onT.append(condition.replace("{a}", "t").replace("{id}", "t.id"));
        keys.append(condition.replace("{a}", "k").replace("{id}", "k.third_party_id"));
    }

    private void bool(String column, Boolean value) {
        if (value != null) {
            where.append(" AND t.").append(column).append(" = :").append(column);
            params.put(column, value);
        }
    }

    private void range(String column, Instant from, Instant to) {
        if (from != null) {
            String p = next("from");
            where.append(" AND ").append(column).append(" >= :").append(p);
            params.put(p, Db.ts(from));
        }
        if (to != null) {
            String p = next("to");
            where.append(" AND ").append(column).append(" < :").append(p);
            params.put(p, Db.ts(to));
        }
    }

    private void customField(String rawKey, String value, Map<String, CustomField> fields) {
        String key = rawKey;
        String bound = null;
        if (rawKey.endsWith(".min") || rawKey.endsWith(".max")) {
            key = rawKey.substring(0, rawKey.length() - 4);
            bound = rawKey.substring(rawKey.length() - 3);
        }
        CustomField field = fields.get(key);
        String param = "cf." + rawKey;
        if (field == null) {
            problems.add(new FieldProblem(param, "customFields.unknown"));
            return;
        }
        if (bound != null && !field.type().ranged()) {
            problems.add(new FieldProblem(param, "customFields.noRange"));
            return;
        }
        String fp = next("cf");
        params.put(fp, field.id());
        String vp = next("cfv");
        String exists = " AND EXISTS (SELECT 1 FROM custom_field_values v WHERE v.workspace_id = :ws"
                + " AND v.third_party_id = t.id AND v.field_id = :" + fp + " AND ";
        String op = bound == null ? " = " : bound.equals("min") ? " >= " : " <= ";
        try {
            switch (field.type()) {
                case AMOUNT, NUMBER -> {
                    params.put(vp, new BigDecimal(value));
                    where.append(exists)
                            .append("v.value_number")
                            .append(op)
                            .append(':')
                            .append(vp)
                            .append(')');
                }
                case DATE -> {
                    params.put(vp, LocalDate.parse(value));
                    where.append(exists)
                            .append("v.value_date")
                            .append(op)
                            .append(':')
                            .append(vp)
                            .append(')');
                }
                case CHECKBOX -> {
                    if (!value.equals("true") && !value.equals("false")) {
                        throw new IllegalArgumentException("not a boolean");
                    }
                    params.put(vp, true);
                    where.append(value.equals("true") ? exists : exists.replace(" AND EXISTS", " AND NOT EXISTS"))
                            .append("v.value_bool = :")
                            .append(vp)
                            .append(')');
                }
                case CHOICE, MULTI_CHOICE -> {
                    params.put(vp, value);
                    where.append(exists).append("v.value_text = :").append(vp).append(')');
                }
                default -> {
                    params.put(vp, "%" + escapeLike(value.toLowerCase(java.util.Locale.ROOT)) + "%");
                    where.append(exists)
                            .append("LOWER(v.value_text) LIKE :")
                            .append(vp)
                            .append(')');
                }
            }
        } catch (RuntimeException e) {
            problems.add(new FieldProblem(param, "validation.type"));
        }
    }

    private UUID parseUuid(String field, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "validation.type"));
            return new UUID(0, 0);
        }
    }

    private String next(String prefix) {
        return prefix + (n++);
    }

    public static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

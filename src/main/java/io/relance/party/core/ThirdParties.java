package io.relance.party.core;

import io.relance.party.ProspectStatus;
import io.relance.party.ThirdPartyId;
import io.relance.shared.Db;
import io.relance.shared.StaleVersionException;
import io.relance.shared.Text;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The third_parties table. Every statement names the workspace. */
@Repository
public class ThirdParties {

    public static final String COLUMNS =
            "t.id, t.code, t.name, t.individual, t.prospect, t.customer, t.status, t.potential,"
                    + " t.email, t.phone, t.phone_e164, t.mobile, t.mobile_e164, t.website, t.address_line, t.postal_code,"
                    + " t.city, t.country, t.language, t.source, t.notes, t.owner_id, t.code_aliases, t.merged_into,"
                    + " t.created_at, t.updated_at, t.deleted_at, t.version";

    private final JdbcClient jdbc;

    ThirdParties(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(WorkspaceId ws, ThirdParty t, String searchText) {
        jdbc.sql("""
                INSERT INTO third_parties (workspace_id, id, code, name, sort_name, name_key, individual, prospect, customer,
                    status, potential, email, phone, phone_e164, mobile, mobile_e164, website, address_line,
                    postal_code, city, country, language, source, notes, owner_id, code_aliases, search_text,
                    merged_into, created_at, updated_at, deleted_at, version)
                VALUES (:ws, :id, :code, :name, :sortName, :nameKey, :individual, :prospect, :customer, :status, :potential,
                    :email, :phone, :phoneE164, :mobile, :mobileE164, :website, :addressLine, :postalCode, :city,
                    :country, :language, :source, :notes, :owner, :aliases, :search, :mergedInto, :createdAt,
                    :updatedAt, :deletedAt, 0)""").params(params(ws, t, searchText)).update();
    }

    /** Saves every field if the row is still at {@code expectedVersion}; a stale write is a 409. */
    public void update(WorkspaceId ws, ThirdParty t, String searchText, long expectedVersion) {
        var params = params(ws, t, searchText);
        params.put("expected", expectedVersion);
        int rows = jdbc.sql("""
                UPDATE third_parties SET name = :name, sort_name = :sortName, name_key = :nameKey, individual = :individual,
                    prospect = :prospect, customer = :customer, status = :status, potential = :potential,
                    email = :email, phone = :phone, phone_e164 = :phoneE164, mobile = :mobile,
                    mobile_e164 = :mobileE164, website = :website, address_line = :addressLine,
                    postal_code = :postalCode, city = :city, country = :country, language = :language,
                    notes = :notes, owner_id = :owner, code_aliases = :aliases, search_text = :search,
                    merged_into = :mergedInto, updated_at = :updatedAt, deleted_at = :deletedAt,
                    version = version + 1
                WHERE workspace_id = :ws AND id = :id AND version = :expected""").params(params).update();
        if (rows == 0) {
            throw new StaleVersionException();
        }
        // The tag links carry what a tag-filtered list reads of the third party (see ThirdPartyQuery).
        jdbc.sql("""
                UPDATE third_party_tags SET owner_id = :owner, status = :status, potential = :potential,
                    sort_name = :sortName, search_text = :search, deleted_at = :deletedAt
                WHERE workspace_id = :ws AND third_party_id = :id""").params(params).update();
    }

    public Optional<ThirdParty> find(WorkspaceId ws, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM third_parties t WHERE t.workspace_id = ? AND t.id = ?")
                .params(ws.value(), id)
                .query(ThirdParties::map)
                .optional();
    }

    public List<ThirdParty> findAll(WorkspaceId ws, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM third_parties t WHERE t.workspace_id = :ws AND t.id IN (:ids)")
                .param("ws", ws.value())
                .param("ids", ids)
                .query(ThirdParties::map)
                .list();
    }

    /**
     * The status of each of these live third parties (not deleted), their rows locked until the transaction ends: a
     * rule about to change many statuses at once reads them in one statement.
     */
    public Map<UUID, ProspectStatus> lockStatuses(WorkspaceId ws, Collection<UUID> ids) {
        Map<UUID, ProspectStatus> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                        SELECT id, status FROM third_parties
                        WHERE workspace_id = :ws AND id = ANY(:ids) AND deleted_at IS NULL
                        ORDER BY id FOR UPDATE""").param("ws", ws.value()).param("ids", Db.uuids(ids)).query(rs -> {
            found.put(Db.uuid(rs, "id"), ProspectStatus.valueOf(rs.getString("status")));
        });
        return found;
    }

    /**
     * Sets the status of these third parties (read and locked by {@link #lockStatuses}) in one statement, and of
     * their tag links in one more; answers how many third parties changed.
     */
    public int setStatus(WorkspaceId ws, Collection<UUID> ids, ProspectStatus status, Instant now) {
        if (ids.isEmpty()) {
            return 0;
        }
        int changed = jdbc.sql("""
                        UPDATE third_parties SET status = :status, updated_at = :now, version = version + 1
                        WHERE workspace_id = :ws AND id = ANY(:ids)""")
                .param("status", status.name())
                .param("now", Db.ts(now))
                .param("ws", ws.value())
                .param("ids", Db.uuids(ids))
                .update();
        // The tag links carry what a tag-filtered list reads of the third party (see ThirdPartyQuery).
        jdbc.sql("""
                        UPDATE third_party_tags SET status = :status
                        WHERE workspace_id = :ws AND third_party_id = ANY(:ids)""")
                .param("status", status.name())
                .param("ws", ws.value())
                .param("ids", Db.uuids(ids))
                .update();
        return changed;
    }

    /** A row of a list page: the third party and the value it was sorted on (for the cursor). */
    public record Row(ThirdParty thirdParty, Object sortValue) {}

    public List<Row> query(String sql, Map<String, Object> params) {
        var spec = jdbc.sql(sql);
        for (var e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        return spec.query((rs, n) -> new Row(map(rs, n), sortValue(rs))).list();
    }

    /**
     * The sort value as java.time: the drivers' java.sql.Date goes through the old Julian-Gregorian calendar and
     * turns the "no date" sentinel 0001-01-01 into 0001-01-03 (H2), so a cursor made from it skipped rows.
     */
    private static Object sortValue(ResultSet rs) throws SQLException {
        Object value = rs.getObject(29);
        if (value instanceof java.sql.Date) {
            return rs.getObject(29, java.time.LocalDate.class);
        }
        if (value instanceof java.sql.Timestamp) {
            return rs.getObject(29, java.time.OffsetDateTime.class);
        }
        return value;
    }

    /** Third parties deleted before {@code cutoff}, oldest first, across workspaces: what the purge erases. */
    public List<ThirdPartyKey> deletedBefore(Instant cutoff, int limit) {
        return jdbc.sql("""
                SELECT workspace_id, id FROM third_parties WHERE deleted_at < ? ORDER BY deleted_at, id LIMIT ?""")
                .params(Db.ts(cutoff), limit)
                .query((rs, n) -> new ThirdPartyKey(
                        new WorkspaceId(Db.uuid(rs, "workspace_id")), new ThirdPartyId(Db.uuid(rs, "id"))))
                .list();
    }

    public record ThirdPartyKey(WorkspaceId ws, ThirdPartyId id) {}

    /** Locks a third party still deleted before {@code cutoff}; empty when it was restored or erased meanwhile. */
    public Optional<String> lockDeletedBefore(WorkspaceId ws, UUID id, Instant cutoff) {
        return jdbc.sql("""
                SELECT code FROM third_parties WHERE workspace_id = ? AND id = ? AND deleted_at < ? FOR UPDATE""")
                .params(ws.value(), id, Db.ts(cutoff))
                .query(String.class)
                .optional();
    }

    /** Erases a third party and every row of this module that belongs to it. */
    public void erase(WorkspaceId ws, UUID id) {
        for (String table : List.of("third_party_tags", "custom_field_values", "contacts", "ownership_exceptions")) {
            jdbc.sql("DELETE FROM " + table + " WHERE workspace_id = ? AND third_party_id = ?")
                    .params(ws.value(), id)
                    .update();
        }
        jdbc.sql("DELETE FROM third_parties WHERE workspace_id = ? AND id = ?")
                .params(ws.value(), id)
                .update();
    }

    // --- possible duplicates: each an index lookup, at most {@code limit} live rows, never the excluded one ---

    /** Live third parties with this e-mail (stored in lower case, as the one looked for). */
    public List<ThirdParty> withEmail(WorkspaceId ws, String email, UUID exclude, int limit) {
        return live(ws, "t.email = :value", Map.of("value", email), exclude, limit);
    }

    /** Live third parties whose phone or mobile has one of these E.164 forms. */
    public List<ThirdParty> withPhone(WorkspaceId ws, List<String> e164, UUID exclude, int limit) {
        List<ThirdParty> found =
                new ArrayList<>(live(ws, "t.phone_e164 IN (:value)", Map.of("value", e164), exclude, limit));
        for (ThirdParty t : live(ws, "t.mobile_e164 IN (:value)", Map.of("value", e164), exclude, limit)) {
            if (found.stream().noneMatch(f -> f.id().equals(t.id()))) {
                found.add(t);
            }
        }
        return found;
    }

    /** Live third parties whose {@link #nameKey name key} is one of these. */
    public List<ThirdParty> withNameKey(WorkspaceId ws, List<String> keys, UUID exclude, int limit) {
        return live(ws, "t.name_key IN (:value)", Map.of("value", keys), exclude, limit);
    }

    /**
     * Live third parties whose name key starts with these words and a space: {@code "dupont"} finds "dupont
     * lefevre". A range rather than a LIKE, so that PostgreSQL uses the index in a generic plan too: a key holds
     * nothing between the space and "!", and compares by code point (see the migration).
     */
    public List<ThirdParty> withNameKeyStartingWith(WorkspaceId ws, String words, UUID exclude, int limit) {
        return live(
                ws,
                "t.name_key >= :from AND t.name_key < :to",
                Map.of("from", words + " ", "to", words + "!"),
                exclude,
                limit);
    }

    /** At most {@code limit} third parties, not deleted, not the excluded one, matching an indexed condition. */
    private List<ThirdParty> live(
            WorkspaceId ws, String condition, Map<String, Object> values, UUID exclude, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM third_parties t WHERE t.workspace_id = :ws AND " + condition
                        + " AND t.deleted_at IS NULL AND t.id <> :exclude LIMIT :limit")
                .params(values)
                .param("ws", ws.value())
                .param("exclude", exclude == null ? new UUID(0, 0) : exclude)
                .param("limit", limit)
                .query(ThirdParties::map)
                .list();
    }

    public boolean usesPotential(WorkspaceId ws, String potential) {
        return jdbc.sql(
                                "SELECT COUNT(*) FROM (SELECT 1 FROM third_parties WHERE workspace_id = ? AND potential = ? LIMIT 1) u")
                        .params(ws.value(), potential)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public boolean codeFree(WorkspaceId ws, String code) {
        return jdbc.sql("SELECT COUNT(*) FROM third_parties WHERE workspace_id = ? AND code = ?")
                        .params(ws.value(), code)
                        .query(Long.class)
                        .single()
                == 0;
    }

    public long count(String sql, Map<String, Object> params) {
        var spec = jdbc.sql(sql);
        for (var e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        return spec.query(Long.class).single();
    }

    private static java.util.HashMap<String, Object> params(WorkspaceId ws, ThirdParty t, String searchText) {
        var p = new java.util.HashMap<String, Object>();
        p.put("ws", ws.value());
        p.put("id", t.id().value());
        p.put("code", t.code());
        p.put("name", t.name());
        p.put("sortName", sortName(t.name()));
        p.put("nameKey", nameKey(t.name()));
        p.put("individual", t.individual());
        p.put("prospect", t.prospect());
        p.put("customer", t.customer());
        p.put("status", t.status().name());
        p.put("potential", t.potential());
        p.put("email", t.email());
        p.put("phone", t.phone());
        p.put("phoneE164", t.phoneE164());
        p.put("mobile", t.mobile());
        p.put("mobileE164", t.mobileE164());
        p.put("website", t.website());
        p.put("addressLine", t.addressLine());
        p.put("postalCode", t.postalCode());
        p.put("city", t.city());
        p.put("country", t.country());
        p.put("language", t.language());
        p.put("source", t.source().name());
        p.put("notes", t.notes());
        p.put("owner", t.ownerId().value());
        p.put("aliases", t.codeAliases());
        p.put("search", searchText);
        p.put("mergedInto", t.mergedInto() == null ? null : t.mergedInto().value());
        p.put("createdAt", Db.ts(t.createdAt()));
        p.put("updatedAt", Db.ts(t.updatedAt()));
        p.put("deletedAt", Db.ts(t.deletedAt()));
        return p;
    }

    public static String sortName(String name) {
        String folded = Text.fold(name);
        return folded.length() > 200 ? folded.substring(0, 200) : folded;
    }

    /** Punctuation read as a space: {@code "Dupont-Lefèvre & Fils"} is {@code "dupont lefevre fils"}. */
    public static final String SPACING = "-_,;:/\\&+()[]{}\"!?*#@|~^<>=%$«»–—…·\u00A0\u202F";

    /** Punctuation that joins what it separates: "S.A." is "sa", "L'Atelier" is "latelier". */
    public static final String JOINING = ".'’‘`";

    private static final Pattern SPACE_RUNS = Pattern.compile(" {2,}");

    /**
     * The name as possible duplicates are matched on: folded as {@link #sortName} is, punctuation taken out
     * ({@link #SPACING}, {@link #JOINING}), spaces collapsed. "Société Dupont-Lefèvre S.A." is "societe dupont
     * lefevre sa". Migration V20261123120000 applies the same rule, in SQL, to the rows stored before it.
     */
    public static String nameKey(String name) {
        String folded = sortName(name);
        StringBuilder key = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (JOINING.indexOf(c) < 0) {
                key.append(SPACING.indexOf(c) >= 0 ? ' ' : c);
            }
        }
        String collapsed = SPACE_RUNS.matcher(key).replaceAll(" ");
        if (collapsed.startsWith(" ")) {
            collapsed = collapsed.substring(1);
        }
        if (collapsed.endsWith(" ")) {
            collapsed = collapsed.substring(0, collapsed.length() - 1);
        }
        return collapsed;
    }

    /**
     * A third party from a row that starts with {@link #COLUMNS}, read by position: every reader selects those
     * columns first, and a list page reads 28 columns of 50 rows, where looking each one up by name showed in the
     * profile (bench/RESULTS.md).
     */
    public static ThirdParty map(ResultSet rs, int row) throws SQLException {
        UUID merged = rs.getObject(24, UUID.class);
        return new ThirdParty(new ThirdPartyRow(
                new ThirdPartyId(rs.getObject(1, UUID.class)),
                rs.getString(2),
                rs.getString(3),
                rs.getBoolean(4),
                rs.getBoolean(5),
                rs.getBoolean(6),
                ProspectStatus.valueOf(rs.getString(7)),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11),
                rs.getString(12),
                rs.getString(13),
                rs.getString(14),
                rs.getString(15),
                rs.getString(16),
                rs.getString(17),
                rs.getString(18),
                rs.getString(19),
                Source.valueOf(rs.getString(20)),
                rs.getString(21),
                new UserId(rs.getObject(22, UUID.class)),
                rs.getString(23),
                merged == null ? null : new ThirdPartyId(merged),
                Db.instant(rs, 25),
                Db.instant(rs, 26),
                Db.instant(rs, 27),
                rs.getLong(28)));
    }
}

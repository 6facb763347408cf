package io.relance.followup.contact;

import io.relance.followup.ContactChannel;
import io.relance.shared.Db;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The contact rules' knobs of each level ({@code followup_contact_policies}); every statement names the workspace. */
@Repository
public class ContactPolicies {

    /** The level a row is about; {@code subject_id} is the workspace's, the third party's or the contact's id. */
    public enum Scope {
        WORKSPACE,
        THIRD_PARTY,
        CONTACT
    }

    private static final String NONE = "-";

    private final JdbcClient jdbc;

    ContactPolicies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ContactPolicy> find(WorkspaceId ws, Scope scope, UUID subject) {
        return jdbc.sql(
                        "SELECT * FROM followup_contact_policies WHERE workspace_id = ? AND scope = ? AND subject_id = ?")
                .params(ws.value(), scope.name(), subject)
                .query(ContactPolicies::map)
                .optional();
    }

    /**
     * Writes a level's knobs over the version read (0: none stored yet); false when another write came first (the
     * caller answers 409).
     */
    public boolean save(
            WorkspaceId ws,
            Scope scope,
            UUID subject,
            UUID thirdParty,
            ContactPolicy p,
            long versionRead,
            UserId by,
            Instant now) {
        Object[] values = {
            p.minDaysBetween(),
            p.maxPer30Days(),
            time(p.hoursFrom()),
            time(p.hoursTo()),
            set(p.quietDays(), d -> String.valueOf(d.getValue())),
            p.timeZone() == null ? null : p.timeZone().getId(),
            p.preferredChannel() == null ? null : p.preferredChannel().name(),
            set(p.preferredDays(), d -> String.valueOf(d.getValue())),
            set(p.preferredParts(), Enum::name),
            by == null ? null : by.value(),
            Db.ts(now)
        };
        int updated = jdbc.sql("""
                        UPDATE followup_contact_policies SET min_days_between = ?, max_per_30_days = ?, hours_from = ?,
                            hours_to = ?, quiet_days = ?, time_zone = ?, preferred_channel = ?, preferred_days = ?,
                            preferred_parts = ?, updated_by = ?, updated_at = ?, version = version + 1
                        WHERE workspace_id = ? AND scope = ? AND subject_id = ? AND version = ?""")
                .params(concat(values, ws.value(), scope.name(), subject, versionRead))
                .update();
        if (updated == 1) {
            return true;
        }
        return versionRead == 0
                && jdbc.sql("""
                                INSERT INTO followup_contact_policies (min_days_between, max_per_30_days, hours_from,
                                    hours_to, quiet_days, time_zone, preferred_channel, preferred_days, preferred_parts,
                                    updated_by, updated_at, workspace_id, scope, subject_id, third_party_id, version)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT DO NOTHING""")
                                .params(concat(values, ws.value(), scope.name(), subject, thirdParty))
                                .update()
                        == 1;
    }

    /** A third party's overrides and its contacts' go (it was erased). */
    public void deleteOf(WorkspaceId ws, UUID thirdParty) {
        jdbc.sql("DELETE FROM followup_contact_policies WHERE workspace_id = ? AND third_party_id = ?")
                .params(ws.value(), thirdParty)
                .update();
    }

    /**
     * A duplicate merged into a survivor: its contacts' overrides follow them; its own overrides become the
     * survivor's when the survivor has none, else they go.
     */
    public void merge(WorkspaceId ws, UUID survivor, UUID duplicate) {
        if (find(ws, Scope.THIRD_PARTY, survivor).isEmpty()) {
            jdbc.sql("""
                    UPDATE followup_contact_policies SET subject_id = ?
                    WHERE workspace_id = ? AND scope = 'THIRD_PARTY' AND subject_id = ?""").params(survivor, ws.value(), duplicate).update();
        }
        jdbc.sql("""
                DELETE FROM followup_contact_policies
                WHERE workspace_id = ? AND scope = 'THIRD_PARTY' AND subject_id = ?""").params(ws.value(), duplicate).update();
        jdbc.sql(
                        "UPDATE followup_contact_policies SET third_party_id = ? WHERE workspace_id = ? AND third_party_id = ?")
                .params(survivor, ws.value(), duplicate)
                .update();
    }

    private static Object[] concat(Object[] values, Object... more) {
        Object[] all = Arrays.copyOf(values, values.length + more.length);
        System.arraycopy(more, 0, all, values.length, more.length);
        return all;
    }

    private static String time(LocalTime t) {
        return t == null ? null : t.toString().substring(0, 5);
    }

    private static <T> String set(Collection<T> values, Function<T, String> name) {
        if (values == null) {
            return null;
        }
        return values.isEmpty() ? NONE : values.stream().map(name).sorted().collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> enums(String stored, Class<E> type, Function<String, E> parse) {
        if (stored == null) {
            return null;
        }
        Set<E> values = EnumSet.noneOf(type);
        if (!stored.equals(NONE)) {
            Arrays.stream(stored.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .map(parse)
                    .forEach(values::add);
        }
        return values;
    }

    private static Set<DayOfWeek> days(String stored) {
        return enums(stored, DayOfWeek.class, s -> DayOfWeek.of(Integer.parseInt(s)));
    }

    private static ContactPolicy map(ResultSet rs, int row) throws SQLException {
        String from = rs.getString("hours_from");
        String to = rs.getString("hours_to");
        String zone = rs.getString("time_zone");
        String channel = rs.getString("preferred_channel");
        return new ContactPolicy(
                (Integer) rs.getObject("min_days_between", Integer.class),
                (Integer) rs.getObject("max_per_30_days", Integer.class),
                from == null ? null : LocalTime.parse(from),
                to == null ? null : LocalTime.parse(to),
                days(rs.getString("quiet_days")),
                zone == null ? null : ZoneId.of(zone),
                channel == null ? null : ContactChannel.valueOf(channel),
                days(rs.getString("preferred_days")),
                enums(rs.getString("preferred_parts"), DayPart.class, DayPart::valueOf),
                rs.getLong("version"));
    }
}

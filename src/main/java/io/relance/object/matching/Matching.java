package io.relance.object.matching;

import io.relance.object.SalesObjectId;
import io.relance.object.core.ObjectManagement;
import io.relance.object.profile.SearchProfile;
import io.relance.object.profile.SearchProfileManagement;
import io.relance.party.ThirdPartyAccess;
import io.relance.shared.Cursors;
import io.relance.shared.Db;
import io.relance.shared.Ids;
import io.relance.shared.ListPage;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import io.relance.shared.WorkspaceId;
import io.relance.workspace.WorkspaceManagement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Per object, the search profiles it matches (those of third parties the user may see); per profile, the objects
 * it matches. Each is one SQL statement over the workspace (see {@link MatchingSql} for the rules and the score),
 * ordered not-yet-offered first, then best score first, paged by keyset.
 */
@Service
public class Matching {

    private final JdbcClient jdbc;
    private final ObjectManagement objects;
    private final SearchProfileManagement profiles;
    private final ThirdPartyAccess access;
    private final WorkspaceManagement workspaces;
    private final Clock clock;

    Matching(
            JdbcClient jdbc,
            ObjectManagement objects,
            SearchProfileManagement profiles,
            ThirdPartyAccess access,
            WorkspaceManagement workspaces,
            Clock clock) {
        this.jdbc = jdbc;
        this.objects = objects;
        this.profiles = profiles;
        this.access = access;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    /** The profiles this object matches, of the third parties the user may see; 404 for an object not of his workspace. */
    public ListPage<Match> ofObject(RelanceUser me, SalesObjectId object, PageRequest page) {
        objects.get(me.workspaceId(), object);
        ThirdPartyAccess.Predicate visible = access.predicate(me, ThirdPartyAccess.Columns.of("t"));
        Map<String, Object> params = params(me.workspaceId());
        params.put("object", object.value());
        params.putAll(visible.params());
        String inner = "SELECT " + MatchingSql.COLUMNS + ", p.id AS match_key"
                + " FROM search_profiles p"
                + " JOIN sales_objects o ON o.workspace_id = p.workspace_id AND o.id = :object"
                + " JOIN third_parties t ON t.workspace_id = p.workspace_id AND t.id = p.third_party_id"
                + " AND t.deleted_at IS NULL"
                + " WHERE p.workspace_id = :ws AND " + MatchingSql.KNOCK_OUTS + " AND " + visible.sql();
        return page(inner, params, page);
    }

    /** The objects this profile matches; 404 for a profile whose third party the user may not see. */
    public ListPage<Match> ofProfile(RelanceUser me, UUID profileId, PageRequest page) {
        SearchProfile profile = profiles.get(me, profileId);
        Map<String, Object> params = params(me.workspaceId());
        params.put("profile", profile.id());
        String inner = "SELECT " + MatchingSql.COLUMNS + ", o.id AS match_key"
                + " FROM sales_objects o"
                + " JOIN search_profiles p ON p.workspace_id = o.workspace_id AND p.id = :profile"
                + " WHERE o.workspace_id = :ws AND " + MatchingSql.KNOCK_OUTS;
        return page(inner, params, page);
    }

    /** Whether these profiles match the object now (for "write to matches"): the ids of those that do. */
    public List<UUID> matchingProfiles(WorkspaceId ws, SalesObjectId object, List<UUID> profileIds) {
        if (profileIds.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = params(ws);
        params.put("object", object.value());
        params.put("ids", profileIds);
        return jdbc.sql("SELECT p.id FROM search_profiles p"
                        + " JOIN sales_objects o ON o.workspace_id = p.workspace_id AND o.id = :object"
                        + " WHERE p.workspace_id = :ws AND p.id IN (:ids) AND " + MatchingSql.KNOCK_OUTS)
                .params(params)
                .query((rs, n) -> Db.uuid(rs, "id"))
                .list();
    }

    private ListPage<Match> page(String inner, Map<String, Object> params, PageRequest page) {
        StringBuilder sql = new StringBuilder("SELECT * FROM (").append(inner).append(") m");
        if (page.cursor() != null) {
            List<String> parts = Cursors.decode(page.cursor(), 3);
            sql.append(MatchingSql.KEYSET);
            try {
                params.put("afterOffered", Integer.parseInt(parts.get(0)));
                params.put("afterScore", Integer.parseInt(parts.get(1)));
            } catch (NumberFormatException e) {
                throw new io.relance.shared.InvalidInputException("cursor", "validation.cursor");
            }
            params.put("afterKey", Ids.parseCursorId(parts.get(2)));
        }
        sql.append(" ORDER BY m.offered, m.score DESC, m.match_key LIMIT :limit");
        params.put("limit", page.limit() + 1);
        List<Keyed> fetched =
                jdbc.sql(sql.toString()).params(params).query(Matching::map).list();
        return ListPage.of(
                        fetched,
                        page.limit(),
                        k -> Cursors.encode(
                                k.match.alreadyOffered() ? "1" : "0",
                                Integer.toString(k.match.score()),
                                k.key.toString()))
                .map(Keyed::match);
    }

    private Map<String, Object> params(WorkspaceId ws) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("ws", ws.value());
        params.put(
                "today", LocalDate.now(clock.withZone(workspaces.workspace(ws).zone())));
        return params;
    }

    private record Keyed(Match match, UUID key) {}

    private static Keyed map(ResultSet rs, int n) throws SQLException {
        return new Keyed(
                new Match(
                        Db.uuid(rs, "object_id"),
                        Db.uuid(rs, "profile_id"),
                        Db.uuid(rs, "third_party_id"),
                        Db.uuid(rs, "contact_id"),
                        rs.getInt("score"),
                        rs.getInt("offered") == 1),
                Db.uuid(rs, "match_key"));
    }
}

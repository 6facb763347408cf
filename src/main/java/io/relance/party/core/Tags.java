package io.relance.party.core;

import io.relance.shared.Db;
import io.relance.shared.Ids;
import io.relance.shared.RecentCache;
import io.relance.shared.Text;
import io.relance.shared.WorkspaceId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tags and which third parties carry them. */
@Repository
public class Tags {

    /** How many tags one third party may carry. */
    public static final int MAX_PER_RECORD = 30;

    public static final String[] PALETTE = {
        "#0f6e6e", "#6f42c1", "#d63384", "#fd7e14", "#198754", "#0d6efd", "#b02a37", "#6c757d", "#997404", "#20c997"
    };

    private static final String LINK_COLUMNS =
            "workspace_id, third_party_id, tag_id, owner_id, status, potential, sort_name, search_text, deleted_at";
    private static final String LIST_KEYS =
            "t.owner_id, t.status, t.potential, t.sort_name, t.search_text, t.deleted_at";

    private final JdbcClient jdbc;
    /** Folded name → id per workspace, read by every tag filter: kept a few seconds, evicted when a tag is made. */
    private final RecentCache<WorkspaceId, Map<String, UUID>> idsByName = new RecentCache<>();

    Tags(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Tag> all(WorkspaceId ws) {
        return jdbc.sql("SELECT id, name, color FROM tags WHERE workspace_id = ? ORDER BY name_key")
                .param(ws.value())
                .query((rs, n) -> new Tag(Db.uuid(rs, "id"), rs.getString("name"), rs.getString("color")))
                .list();
    }

    /** Folded tag name → id, for filters. */
    public Map<String, UUID> ids(WorkspaceId ws) {
        return idsByName.get(ws, key -> {
            Map<String, UUID> byName = new HashMap<>();
            jdbc.sql("SELECT id, name_key FROM tags WHERE workspace_id = ?")
                    .param(key.value())
                    .query(rs -> {
                        byName.put(rs.getString("name_key"), Db.uuid(rs, "id"));
                    });
            return Map.copyOf(byName);
        });
    }

    /** The tags of these names, created when new (ON CONFLICT: two creators of one tag both succeed). */
    public List<Tag> ensure(WorkspaceId ws, List<String> names) {
        List<Tag> tags = new ArrayList<>();
        for (String name : names) {
            String key = Text.fold(name);
            int created = jdbc.sql("""
                    INSERT INTO tags (workspace_id, id, name, name_key, color, version) VALUES (?, ?, ?, ?, ?, 0)
                    ON CONFLICT DO NOTHING""")
                    .params(ws.value(), Ids.newId(), name, key, PALETTE[Math.floorMod(key.hashCode(), PALETTE.length)])
                    .update();
            if (created > 0) {
                idsByName.evict(ws);
            }
            tags.add(jdbc.sql("SELECT id, name, color FROM tags WHERE workspace_id = ? AND name_key = ?")
                    .params(ws.value(), key)
                    .query((rs, n) -> new Tag(Db.uuid(rs, "id"), rs.getString("name"), rs.getString("color")))
                    .single());
        }
        return tags;
    }

    public void replace(WorkspaceId ws, UUID thirdParty, List<Tag> tags) {
        jdbc.sql("DELETE FROM third_party_tags WHERE workspace_id = ? AND third_party_id = ?")
                .params(ws.value(), thirdParty)
                .update();
        for (Tag tag : tags) {
            add(ws, thirdParty, tag);
        }
    }

    /** Links a tag; the link copies what a tag-filtered list reads of the third party (see ThirdPartyQuery). */
    public void add(WorkspaceId ws, UUID thirdParty, Tag tag) {
        jdbc.sql("INSERT INTO third_party_tags (" + LINK_COLUMNS + ") SELECT t.workspace_id, t.id, ?, " + LIST_KEYS
                        + " FROM third_parties t WHERE t.workspace_id = ? AND t.id = ? ON CONFLICT DO NOTHING")
                .params(tag.id(), ws.value(), thirdParty)
                .update();
    }

    /**
     * Links a tag to several third parties in one statement, skipping those that carry it already or carry
     * {@link #MAX_PER_RECORD} tags; answers how many were linked.
     */
    public int addToAll(WorkspaceId ws, List<UUID> thirdParties, Tag tag) {
        if (thirdParties.isEmpty()) {
            return 0;
        }
        return jdbc.sql("INSERT INTO third_party_tags (" + LINK_COLUMNS + ") SELECT t.workspace_id, t.id, :tag, "
                        + LIST_KEYS + " FROM third_parties t WHERE t.workspace_id = :ws AND t.id IN (:ids)"
                        + " AND NOT EXISTS (SELECT 1 FROM third_party_tags x WHERE x.workspace_id = :ws"
                        + " AND x.third_party_id = t.id AND x.tag_id = :tag)"
                        + " AND (SELECT COUNT(*) FROM third_party_tags c WHERE c.workspace_id = :ws"
                        + " AND c.third_party_id = t.id) < :max")
                .param("tag", tag.id())
                .param("ws", ws.value())
                .param("ids", thirdParties)
                .param("max", MAX_PER_RECORD)
                .update();
    }

    /** The tags of several third parties in one query. */
    public Map<UUID, List<Tag>> of(WorkspaceId ws, List<UUID> thirdParties) {
        Map<UUID, List<Tag>> byThirdParty = new LinkedHashMap<>();
        if (thirdParties.isEmpty()) {
            return byThirdParty;
        }
        jdbc.sql("""
                SELECT tt.third_party_id, t.id, t.name, t.color FROM third_party_tags tt
                JOIN tags t ON t.workspace_id = tt.workspace_id AND t.id = tt.tag_id
                WHERE tt.workspace_id = :ws AND tt.third_party_id = ANY(:ids) ORDER BY t.name_key""")
                .param("ws", ws.value())
                .param("ids", Db.uuids(thirdParties))
                .query(rs -> {
                    byThirdParty
                            .computeIfAbsent(Db.uuid(rs, "third_party_id"), k -> new ArrayList<>())
                            .add(new Tag(Db.uuid(rs, "id"), rs.getString("name"), rs.getString("color")));
                });
        return byThirdParty;
    }

    /** A merge: the survivor carries the union of both sets of tags. */
    public void mergeInto(WorkspaceId ws, UUID duplicate, UUID survivor) {
        jdbc.sql("INSERT INTO third_party_tags (" + LINK_COLUMNS + ") SELECT t.workspace_id, t.id, d.tag_id, "
                        + LIST_KEYS + " FROM third_party_tags d JOIN third_parties t"
                        + " ON t.workspace_id = d.workspace_id AND t.id = :survivor"
                        + " WHERE d.workspace_id = :ws AND d.third_party_id = :duplicate ON CONFLICT DO NOTHING")
                .param("ws", ws.value())
                .param("duplicate", duplicate)
                .param("survivor", survivor)
                .update();
        jdbc.sql("DELETE FROM third_party_tags WHERE workspace_id = ? AND third_party_id = ?")
                .params(ws.value(), duplicate)
                .update();
    }
}

package io.relance.party.core;

import io.relance.shared.Db;
import io.relance.shared.Ids;
import io.relance.shared.RecentCache;
import io.relance.shared.Text;
import io.relance.shared.WorkspaceId;
import java.util.ArrayList;
import java.util.Comparator;
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
    /**
     * Each workspace's tags, read by every tag filter and beside every listed record: kept a few seconds, evicted
     * when a tag is made (tags are never renamed or removed).
     */
    private final RecentCache<WorkspaceId, Known> known = new RecentCache<>();

    /** A workspace's tags by id, their rank in name order, and their ids by folded name. */
    private record Known(Map<UUID, Tag> byId, Map<UUID, Integer> rank, Map<String, UUID> idsByName) {}

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
        return known.get(ws, this::load).idsByName();
    }

    private Known load(WorkspaceId ws) {
        Map<UUID, Tag> byId = new HashMap<>();
        Map<UUID, Integer> rank = new HashMap<>();
        Map<String, UUID> byName = new HashMap<>();
        jdbc.sql("SELECT id, name, color, name_key FROM tags WHERE workspace_id = ? ORDER BY name_key")
                .param(ws.value())
                .query(rs -> {
                    UUID id = Db.uuid(rs, "id");
                    byId.put(id, new Tag(id, rs.getString("name"), rs.getString("color")));
                    rank.put(id, rank.size());
                    byName.put(rs.getString("name_key"), id);
                });
        return new Known(Map.copyOf(byId), Map.copyOf(rank), Map.copyOf(byName));
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
                known.evict(ws);
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

    /** Unlinks the tag of this name (folded) from a third party; false when it did not carry it. */
    public boolean remove(WorkspaceId ws, UUID thirdParty, String name) {
        return jdbc.sql("""
                        DELETE FROM third_party_tags WHERE workspace_id = ? AND third_party_id = ? AND tag_id IN
                            (SELECT id FROM tags WHERE workspace_id = ? AND name_key = ?)""")
                        .params(ws.value(), thirdParty, ws.value(), Text.fold(name))
                        .update()
                > 0;
    }

    /** How many tags a third party carries. */
    public int count(WorkspaceId ws, UUID thirdParty) {
        return jdbc.sql("SELECT COUNT(*) FROM third_party_tags WHERE workspace_id = ? AND third_party_id = ?")
                .params(ws.value(), thirdParty)
                .query(Integer.class)
                .single();
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

    /**
     * The tags of several third parties, each in name order: one index-only read of their links, the tags
     * themselves from the workspace's (read again when a link names a tag made since, on another node).
     */
    public Map<UUID, List<Tag>> of(WorkspaceId ws, List<UUID> thirdParties) {
        if (thirdParties.isEmpty()) {
            return new LinkedHashMap<>();
        }
        List<UUID[]> links = jdbc.sql("""
                SELECT third_party_id, tag_id FROM third_party_tags
                WHERE workspace_id = :ws AND third_party_id = ANY(:ids)""")
                .param("ws", ws.value())
                .param("ids", Db.uuids(thirdParties))
                .query((rs, n) -> new UUID[] {Db.uuid(rs, "third_party_id"), Db.uuid(rs, "tag_id")})
                .list();
        return resolve(ws, links);
    }

    /** Links {third party, tag} as the tags of each third party, in name order. */
    public Map<UUID, List<Tag>> resolve(WorkspaceId ws, List<UUID[]> links) {
        Map<UUID, List<Tag>> byThirdParty = new LinkedHashMap<>();
        if (links.isEmpty()) {
            return byThirdParty;
        }
        Known cached = known.get(ws, this::load);
        Known tags = links.stream().allMatch(link -> cached.byId().containsKey(link[1])) ? cached : load(ws);
        for (UUID[] link : links) {
            Tag tag = tags.byId().get(link[1]);
            if (tag != null) {
                byThirdParty.computeIfAbsent(link[0], k -> new ArrayList<>()).add(tag);
            }
        }
        Map<UUID, Integer> rank = tags.rank();
        byThirdParty.values().forEach(list -> list.sort(Comparator.comparing(t -> rank.get(t.id()))));
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

package io.relance.party;

import io.relance.party.core.Tags;
import io.relance.shared.Db;
import io.relance.shared.WorkspaceId;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tag put on or taken off a third party by another module's rule (a classification tags it "Promising"), by
 * name: the tag is made when new. The caller records why on the timeline; the record's version is left as it is
 * (its fields did not change), its last change is now.
 */
@Service
public class ThirdPartyTags {

    private final Tags tags;
    private final JdbcClient jdbc;
    private final Clock clock;

    ThirdPartyTags(Tags tags, JdbcClient jdbc, Clock clock) {
        this.tags = tags;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Takes the tag {@code removing} off the third party and puts {@code adding} on it (either may be null), unless
     * it already carries {@link Tags#MAX_PER_RECORD} tags. Answers whether it carries {@code adding} after.
     */
    @Transactional
    public boolean swap(WorkspaceId ws, ThirdPartyId id, String removing, String adding) {
        boolean changed = false;
        if (removing != null && (adding == null || !removing.equalsIgnoreCase(adding))) {
            changed = tags.remove(ws, id.value(), removing);
        }
        boolean carries = false;
        if (adding != null) {
            var tag = tags.ensure(ws, List.of(adding)).get(0);
            carries = tags.of(ws, List.of(id.value()))
                    .getOrDefault(id.value(), List.of())
                    .contains(tag);
            if (!carries && tags.count(ws, id.value()) < Tags.MAX_PER_RECORD) {
                tags.add(ws, id.value(), tag);
                carries = true;
                changed = true;
            }
        }
        if (changed) {
            jdbc.sql("UPDATE third_parties SET updated_at = ? WHERE workspace_id = ? AND id = ?")
                    .params(Db.ts(clock.instant()), ws.value(), id.value())
                    .update();
        }
        return carries;
    }

    /** The names of a third party's tags, in name order. */
    public List<String> of(WorkspaceId ws, ThirdPartyId id) {
        return tags.of(ws, List.of(id.value())).getOrDefault(id.value(), List.of()).stream()
                .map(io.relance.party.core.Tag::name)
                .toList();
    }
}

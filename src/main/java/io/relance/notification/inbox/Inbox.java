package io.relance.notification.inbox;

import io.relance.notification.NewNotification;
import io.relance.notification.Notification;
import io.relance.shared.Db;
import io.relance.shared.Ids;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notifications of each user ({@code notifications}); every statement names the workspace. */
@Repository
public class Inbox {

    /** Separates the arguments in their column (a character nobody types: the unit separator). */
    static final String SEPARATOR = "\u001f";

    /** The most notifications one insert writes. */
    private static final int CHUNK = 100;

    private final JdbcClient jdbc;
    private final Clock clock;

    Inbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public UUID post(NewNotification n) {
        return postAll(List.of(n)).get(0);
    }

    /** Posts the notifications in one multi-row insert per {@value #CHUNK}; answers their ids, in order. */
    public List<UUID> postAll(List<NewNotification> all) {
        List<UUID> ids = new ArrayList<>(all.size());
        var now = Db.ts(clock.instant());
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<NewNotification> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            List<Object> params = new ArrayList<>(chunk.size() * 7);
            for (NewNotification n : chunk) {
                UUID id = Ids.newId();
                ids.add(id);
                String args = String.join(
                        SEPARATOR,
                        n.args().stream().limit(6).map(Inbox::argument).toList());
                params.addAll(Arrays.asList(
                        n.workspace().value(), id, n.recipient().value(), n.messageKey(), args, n.link(), now));
            }
            jdbc.sql(
                            "INSERT INTO notifications (workspace_id, id, user_id, message_key, args, link, created_at) VALUES "
                                    + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?, ?, ?)")))
                    .params(params)
                    .update();
        }
        return ids;
    }

    public List<Notification> latest(WorkspaceId ws, UserId user, int limit) {
        return jdbc.sql("""
                        SELECT * FROM notifications WHERE workspace_id = ? AND user_id = ?
                        ORDER BY created_at DESC, id DESC LIMIT ?""")
                .params(ws.value(), user.value(), limit)
                .query((rs, n) -> new Notification(
                        Db.uuid(rs, "id"),
                        rs.getString("message_key"),
                        split(rs.getString("args")),
                        rs.getString("link"),
                        Db.instant(rs, "created_at"),
                        Db.instant(rs, "read_at")))
                .list();
    }

    public int unread(WorkspaceId ws, UserId user) {
        return jdbc.sql("SELECT COUNT(*) FROM notifications WHERE workspace_id = ? AND user_id = ? AND read_at IS NULL")
                .params(ws.value(), user.value())
                .query(Integer.class)
                .single();
    }

    public void readAll(WorkspaceId ws, UserId user) {
        jdbc.sql("UPDATE notifications SET read_at = ? WHERE workspace_id = ? AND user_id = ? AND read_at IS NULL")
                .params(Db.ts(clock.instant()), ws.value(), user.value())
                .update();
    }

    /** An argument as kept: no separator inside, at most 300 characters. */
    static String argument(String a) {
        String clean = a == null ? "" : a.replace(SEPARATOR, " ");
        return clean.length() > 300 ? clean.substring(0, 299) + "…" : clean;
    }

    static List<String> split(String args) {
        return args == null || args.isEmpty() ? List.of() : Arrays.asList(args.split(SEPARATOR, -1));
    }
}

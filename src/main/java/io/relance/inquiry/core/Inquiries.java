package io.relance.inquiry.core;

import io.relance.inquiry.InquiryId;
import io.relance.shared.Db;
import io.relance.shared.StaleVersionException;
import io.relance.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The inquiries table: every statement names the workspace (one shard on Citus). */
@Repository
public class Inquiries {

    private final JdbcClient jdbc;

    Inquiries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WorkspaceId ws, Inquiry i) {
        jdbc.sql("""
                INSERT INTO inquiries (workspace_id, id, version, status, channel, source, object_reference, email,
                    first_name, last_name, phone, message, language, unmatched_reasons, failure, raw, message_id,
                    object_id, third_party_id, contact_id, contact_created, received_at, received_by, processed_at,
                    processed_by)
                VALUES (:ws, :id, 0, :status, :channel, :source, :reference, :email, :firstName, :lastName, :phone,
                    :message, :language, :reasons, :failure, :raw, :messageId, :objectId, :thirdPartyId, :contactId,
                    :created, :receivedAt, :receivedBy, :processedAt, :processedBy)""").params(params(ws, i)).update();
    }

    /** Writes a transition at the version read; a stale one is refused. */
    void update(WorkspaceId ws, Inquiry i) {
        int rows = jdbc.sql("""
                UPDATE inquiries SET status = :status, unmatched_reasons = :reasons, object_id = :objectId,
                    third_party_id = :thirdPartyId, contact_id = :contactId, contact_created = :created,
                    processed_at = :processedAt, processed_by = :processedBy, version = version + 1
                WHERE workspace_id = :ws AND id = :id AND version = :version""").params(params(ws, i)).update();
        if (rows == 0) {
            throw new StaleVersionException();
        }
    }

    public Optional<Inquiry> find(WorkspaceId ws, InquiryId id) {
        return jdbc.sql("SELECT * FROM inquiries WHERE workspace_id = ? AND id = ?")
                .params(ws.value(), id.value())
                .query(Inquiries::map)
                .optional();
    }

    /** Whether an e-mail with this Message-ID was taken already. */
    public boolean hasMessage(WorkspaceId ws, String messageId) {
        return jdbc.sql("SELECT COUNT(*) FROM inquiries WHERE workspace_id = ? AND message_id = ?")
                        .params(ws.value(), messageId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Newest first, keyset on (received_at, id): those of these statuses, {@code limit} at most. */
    public List<Inquiry> list(
            WorkspaceId ws, List<InquiryStatus> statuses, Instant beforeAt, UUID beforeId, int limit) {
        var spec = jdbc.sql("SELECT * FROM inquiries WHERE workspace_id = :ws AND status IN (:statuses)"
                        + (beforeAt == null ? "" : " AND (received_at, id) < (:at, :id)")
                        + " ORDER BY received_at DESC, id DESC LIMIT :limit")
                .param("ws", ws.value())
                .param("statuses", statuses.stream().map(Enum::name).toList())
                .param("limit", limit);
        if (beforeAt != null) {
            spec = spec.param("at", Db.ts(beforeAt)).param("id", beforeId);
        }
        return spec.query(Inquiries::map).list();
    }

    private static Map<String, Object> params(WorkspaceId ws, Inquiry i) {
        Map<String, Object> p = new HashMap<>();
        InquiryForm f = i.form();
        p.put("ws", ws.value());
        p.put("id", i.id().value());
        p.put("version", i.version());
        p.put("status", i.status().name());
        p.put("channel", i.channel().name());
        p.put("source", f.source());
        p.put("reference", f.objectReference());
        p.put("email", f.email());
        p.put("firstName", f.firstName());
        p.put("lastName", f.lastName());
        p.put("phone", f.phone());
        p.put("message", f.message());
        p.put("language", f.language());
        p.put(
                "reasons",
                i.reasons().isEmpty()
                        ? null
                        : i.reasonList().stream().map(Enum::name).collect(Collectors.joining(",")));
        p.put("failure", i.failure());
        p.put("raw", i.raw());
        p.put("messageId", i.messageId());
        p.put("objectId", i.objectId());
        p.put("thirdPartyId", i.thirdPartyId());
        p.put("contactId", i.contactId());
        p.put("created", i.contactCreated());
        p.put("receivedAt", Db.ts(i.receivedAt()));
        p.put("receivedBy", i.receivedBy());
        p.put("processedAt", i.processedAt() == null ? null : Db.ts(i.processedAt()));
        p.put("processedBy", i.processedBy());
        return p;
    }

    private static Inquiry map(ResultSet rs, int row) throws SQLException {
        String reasons = rs.getString("unmatched_reasons");
        return new Inquiry(
                new InquiryId(Db.uuid(rs, "id")),
                rs.getLong("version"),
                InquiryStatus.valueOf(rs.getString("status")),
                InquiryChannel.valueOf(rs.getString("channel")),
                new InquiryForm(
                        rs.getString("object_reference"),
                        rs.getString("email"),
                        rs.getString("first_name"),
                        rs.getString("last_name"),
                        rs.getString("phone"),
                        rs.getString("message"),
                        rs.getString("source"),
                        rs.getString("language")),
                reasons == null
                        ? null
                        : Arrays.stream(reasons.split(","))
                                .map(UnmatchedReason::valueOf)
                                .collect(Collectors.toSet()),
                rs.getString("failure"),
                rs.getString("raw"),
                rs.getString("message_id"),
                Db.uuid(rs, "object_id"),
                Db.uuid(rs, "third_party_id"),
                Db.uuid(rs, "contact_id"),
                rs.getBoolean("contact_created"),
                Db.instant(rs, "received_at"),
                Db.uuid(rs, "received_by"),
                Db.instant(rs, "processed_at"),
                Db.uuid(rs, "processed_by"));
    }
}

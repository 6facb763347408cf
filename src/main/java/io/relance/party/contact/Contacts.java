package io.relance.party.contact;

import io.relance.shared.Db;
import io.relance.shared.StaleVersionException;
import io.relance.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The contacts table. */
@Repository
public class Contacts {

    private final JdbcClient jdbc;

    Contacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(WorkspaceId ws, Contact c) {
        jdbc.sql("""
                INSERT INTO contacts (workspace_id, id, third_party_id, first_name, last_name, position, email, phone,
                    phone_e164, mobile, mobile_e164, address_line, postal_code, city, country, language, notes,
                    email_marketing, do_not_call, preferred_channel, contact_window, created_at, updated_at, version)
                VALUES (:ws, :id, :tp, :firstName, :lastName, :position, :email, :phone, :phoneE164, :mobile,
                    :mobileE164, :addressLine, :postalCode, :city, :country, :language, :notes, :marketing,
                    :doNotCall, :channel, :window, :createdAt, :updatedAt, 0)""").params(params(ws, c)).update();
    }

    public void update(WorkspaceId ws, Contact c, long expectedVersion) {
        Map<String, Object> p = params(ws, c);
        p.put("expected", expectedVersion);
        int rows = jdbc.sql("""
                UPDATE contacts SET first_name = :firstName, last_name = :lastName, position = :position,
                    email = :email, phone = :phone, phone_e164 = :phoneE164, mobile = :mobile,
                    mobile_e164 = :mobileE164, address_line = :addressLine, postal_code = :postalCode, city = :city,
                    country = :country, language = :language, notes = :notes, email_marketing = :marketing,
                    do_not_call = :doNotCall, preferred_channel = :channel, contact_window = :window,
                    updated_at = :updatedAt, version = version + 1
                WHERE workspace_id = :ws AND id = :id AND third_party_id = :tp AND version = :expected
                  AND deleted_at IS NULL""").params(p).update();
        if (rows == 0) {
            throw new StaleVersionException();
        }
    }

    public List<Contact> of(WorkspaceId ws, UUID thirdParty) {
        return jdbc.sql("""
                SELECT * FROM contacts WHERE workspace_id = ? AND third_party_id = ? AND deleted_at IS NULL
                ORDER BY last_name, first_name, id""").params(ws.value(), thirdParty).query(Contacts::map).list();
    }

    public Optional<Contact> find(WorkspaceId ws, UUID thirdParty, UUID id) {
        return jdbc.sql("""
                SELECT * FROM contacts WHERE workspace_id = ? AND third_party_id = ? AND id = ? AND deleted_at IS NULL""")
                .params(ws.value(), thirdParty, id)
                .query(Contacts::map)
                .optional();
    }

    /** These contacts (not removed) of a workspace, whatever their third party. */
    public List<Contact> findAll(WorkspaceId ws, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM contacts WHERE workspace_id = :ws AND id IN (:ids) AND deleted_at IS NULL")
                .param("ws", ws.value())
                .param("ids", ids)
                .query(Contacts::map)
                .list();
    }

    /**
     * The live contacts (of live third parties) whose e-mail is this one, whatever its case; at most {@code max}:
     * matching a person who wrote in (an inquiry) to whom the workspace knows.
     */
    public List<Contact> withEmail(WorkspaceId ws, String email, int max) {
        return jdbc.sql("""
                SELECT c.* FROM contacts c JOIN third_parties t ON t.workspace_id = c.workspace_id AND t.id = c.third_party_id
                WHERE c.workspace_id = :ws AND LOWER(c.email) = :email AND c.deleted_at IS NULL AND t.deleted_at IS NULL
                ORDER BY c.created_at, c.id LIMIT :max""")
                .param("ws", ws.value())
                .param("email", email.toLowerCase(java.util.Locale.ROOT))
                .param("max", max)
                .query(Contacts::map)
                .list();
    }

    /** The live contacts (of live third parties) whose phone or mobile is this E.164 number; at most {@code max}. */
    public List<Contact> withPhone(WorkspaceId ws, String e164, int max) {
        return jdbc.sql("""
                SELECT c.* FROM contacts c JOIN third_parties t ON t.workspace_id = c.workspace_id AND t.id = c.third_party_id
                WHERE c.workspace_id = :ws AND (c.phone_e164 = :phone OR c.mobile_e164 = :phone)
                  AND c.deleted_at IS NULL AND t.deleted_at IS NULL
                ORDER BY c.created_at, c.id LIMIT :max""")
                .param("ws", ws.value())
                .param("phone", e164)
                .param("max", max)
                .query(Contacts::map)
                .list();
    }

    public boolean delete(WorkspaceId ws, UUID thirdParty, UUID id, Instant now) {
        return jdbc.sql("""
                        UPDATE contacts SET deleted_at = ?, version = version + 1
                        WHERE workspace_id = ? AND third_party_id = ? AND id = ? AND deleted_at IS NULL""").params(Db.ts(now), ws.value(), thirdParty, id).update() > 0;
    }

    public int moveAll(WorkspaceId ws, UUID from, UUID to) {
        return jdbc.sql("UPDATE contacts SET third_party_id = ? WHERE workspace_id = ? AND third_party_id = ?")
                .params(to, ws.value(), from)
                .update();
    }

    private static Map<String, Object> params(WorkspaceId ws, Contact c) {
        Map<String, Object> p = new HashMap<>();
        p.put("ws", ws.value());
        p.put("id", c.id());
        p.put("tp", c.thirdPartyId());
        p.put("firstName", c.firstName());
        p.put("lastName", c.lastName());
        p.put("position", c.position());
        p.put("email", c.email());
        p.put("phone", c.phone());
        p.put("phoneE164", c.phoneE164());
        p.put("mobile", c.mobile());
        p.put("mobileE164", c.mobileE164());
        p.put("addressLine", c.addressLine());
        p.put("postalCode", c.postalCode());
        p.put("city", c.city());
        p.put("country", c.country());
        p.put("language", c.language());
        p.put("notes", c.notes());
        p.put("marketing", c.emailMarketing().name());
        p.put("doNotCall", c.doNotCall());
        p.put("channel", c.preferredChannel());
        p.put("window", c.contactWindow());
        p.put("createdAt", Db.ts(c.createdAt()));
        p.put("updatedAt", Db.ts(c.updatedAt()));
        return p;
    }

    private static Contact map(ResultSet rs, int row) throws SQLException {
        return new Contact(
                Db.uuid(rs, "id"),
                Db.uuid(rs, "third_party_id"),
                rs.getString("first_name"),
                rs.getString("last_name"),
                rs.getString("position"),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getString("phone_e164"),
                rs.getString("mobile"),
                rs.getString("mobile_e164"),
                rs.getString("address_line"),
                rs.getString("postal_code"),
                rs.getString("city"),
                rs.getString("country"),
                rs.getString("language"),
                rs.getString("notes"),
                Contact.MarketingConsent.valueOf(rs.getString("email_marketing")),
                rs.getBoolean("do_not_call"),
                rs.getString("preferred_channel"),
                rs.getString("contact_window"),
                Db.instant(rs, "created_at"),
                Db.instant(rs, "updated_at"),
                rs.getLong("version"));
    }
}

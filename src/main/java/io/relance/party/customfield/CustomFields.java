package io.relance.party.customfield;

import io.relance.shared.Db;
import io.relance.shared.RecentCache;
import io.relance.shared.StaleVersionException;
import io.relance.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The custom field definitions (read on every list: kept a few seconds, evicted by every write here) and values. */
@Repository
public class CustomFields {

    private final JdbcClient jdbc;
    private final RecentCache<WorkspaceId, List<CustomField>> definitions = new RecentCache<>();

    CustomFields(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CustomField> all(WorkspaceId ws) {
        return definitions.get(ws, key -> {
            Map<UUID, Translations> translations = new HashMap<>();
            jdbc.sql("SELECT field_id, choice_key, language, label FROM custom_field_labels WHERE workspace_id = ?")
                    .param(key.value())
                    .query(rs -> {
                        translations
                                .computeIfAbsent(Db.uuid(rs, "field_id"), id -> new Translations())
                                .add(rs.getString("choice_key"), rs.getString("language"), rs.getString("label"));
                    });
            return jdbc.sql("SELECT * FROM custom_fields WHERE workspace_id = ? ORDER BY position, field_key")
                    .param(key.value())
                    .query((rs, row) -> map(rs, translations))
                    .list();
        });
    }

    public void insert(WorkspaceId ws, CustomField f) {
        definitions.evict(ws);
        jdbc.sql("""
                INSERT INTO custom_fields (workspace_id, id, field_key, label, field_type, options, required, position,
                                           created_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(
                        ws.value(),
                        f.id(),
                        f.key(),
                        f.label(),
                        f.type().name(),
                        String.join("\n", f.options()),
                        f.required(),
                        f.position(),
                        Db.ts(f.createdAt()))
                .update();
        writeTranslations(ws, f);
    }

    public void update(WorkspaceId ws, CustomField f, long expectedVersion) {
        definitions.evict(ws);
        int rows = jdbc.sql("""
                UPDATE custom_fields SET label = ?, options = ?, required = ?, position = ?, version = version + 1
                WHERE workspace_id = ? AND id = ? AND version = ?""")
                .params(
                        f.label(),
                        String.join("\n", f.options()),
                        f.required(),
                        f.position(),
                        ws.value(),
                        f.id(),
                        expectedVersion)
                .update();
        if (rows == 0) {
            throw new StaleVersionException();
        }
        writeTranslations(ws, f);
    }

    /** Replaces a field's labels per language and its choices'. */
    private void writeTranslations(WorkspaceId ws, CustomField f) {
        deleteTranslations(ws, f.id());
        f.labels().forEach((language, label) -> insertTranslation(ws, f.id(), "", language, label));
        f.choiceLabels()
                .forEach((choice, labels) ->
                        labels.forEach((language, label) -> insertTranslation(ws, f.id(), choice, language, label)));
    }

    private void insertTranslation(WorkspaceId ws, UUID field, String choice, String language, String label) {
        jdbc.sql("""
                INSERT INTO custom_field_labels (workspace_id, field_id, choice_key, language, label)
                VALUES (?, ?, ?, ?, ?)""").params(ws.value(), field, choice, language, label).update();
    }

    private void deleteTranslations(WorkspaceId ws, UUID field) {
        jdbc.sql("DELETE FROM custom_field_labels WHERE workspace_id = ? AND field_id = ?")
                .params(ws.value(), field)
                .update();
    }

    public void delete(WorkspaceId ws, UUID id) {
        definitions.evict(ws);
        jdbc.sql("DELETE FROM custom_field_values WHERE workspace_id = ? AND field_id = ?")
                .params(ws.value(), id)
                .update();
        deleteTranslations(ws, id);
        jdbc.sql("DELETE FROM custom_fields WHERE workspace_id = ? AND id = ?")
                .params(ws.value(), id)
                .update();
    }

    public List<CustomFieldValue> values(WorkspaceId ws, List<UUID> thirdParties) {
        if (thirdParties.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT * FROM custom_field_values WHERE workspace_id = :ws AND third_party_id = ANY(:ids)
                ORDER BY third_party_id, field_id, ordinal""")
                .param("ws", ws.value())
                .param("ids", Db.uuids(thirdParties))
                .query((rs, n) -> new CustomFieldValue(
                        Db.uuid(rs, "third_party_id"),
                        Db.uuid(rs, "field_id"),
                        rs.getInt("ordinal"),
                        rs.getString("value_text"),
                        rs.getBigDecimal("value_number"),
                        rs.getObject("value_date", java.time.LocalDate.class),
                        (Boolean) rs.getObject("value_bool")))
                .list();
    }

    /** Replaces one field's values of one third party. */
    public void replace(WorkspaceId ws, UUID thirdParty, UUID field, List<CustomFieldValue> values) {
        jdbc.sql("DELETE FROM custom_field_values WHERE workspace_id = ? AND third_party_id = ? AND field_id = ?")
                .params(ws.value(), thirdParty, field)
                .update();
        for (CustomFieldValue v : values) {
            jdbc.sql("""
                    INSERT INTO custom_field_values (workspace_id, third_party_id, field_id, ordinal, value_text,
                                                     value_number, value_date, value_bool)
                    VALUES (:ws, :tp, :field, :ordinal, :text, :number, :date, :bool)""")
                    .param("ws", ws.value())
                    .param("tp", thirdParty)
                    .param("field", field)
                    .param("ordinal", v.ordinal())
                    .param("text", v.text(), Types.VARCHAR)
                    .param("number", v.number(), Types.DECIMAL)
                    .param("date", v.date(), Types.DATE)
                    .param("bool", v.bool(), Types.BOOLEAN)
                    .update();
        }
    }

    /** Moves a duplicate's values onto the survivor for the fields the survivor has no value for. */
    public void mergeInto(WorkspaceId ws, UUID duplicate, UUID survivor) {
        jdbc.sql("""
                UPDATE custom_field_values SET third_party_id = :survivor
                WHERE workspace_id = :ws AND third_party_id = :duplicate
                  AND field_id NOT IN (SELECT field_id FROM custom_field_values
                                       WHERE workspace_id = :ws AND third_party_id = :survivor)""")
                .param("ws", ws.value())
                .param("duplicate", duplicate)
                .param("survivor", survivor)
                .update();
        jdbc.sql("DELETE FROM custom_field_values WHERE workspace_id = ? AND third_party_id = ?")
                .params(ws.value(), duplicate)
                .update();
    }

    /** A field's stored translations: its own label and its choices' by language. */
    private static final class Translations {
        final Map<String, String> labels = new HashMap<>();
        final Map<String, Map<String, String>> choiceLabels = new HashMap<>();

        void add(String choice, String language, String label) {
            if (choice.isEmpty()) {
                labels.put(language, label);
            } else {
                choiceLabels.computeIfAbsent(choice, c -> new HashMap<>()).put(language, label);
            }
        }
    }

    private static CustomField map(ResultSet rs, Map<UUID, Translations> translations) throws SQLException {
        String options = rs.getString("options");
        UUID id = Db.uuid(rs, "id");
        Translations t = translations.getOrDefault(id, new Translations());
        return new CustomField(
                id,
                rs.getString("field_key"),
                rs.getString("label"),
                CustomFieldType.valueOf(rs.getString("field_type")),
                options == null || options.isBlank() ? List.of() : Arrays.asList(options.split("\n")),
                rs.getBoolean("required"),
                rs.getInt("position"),
                Db.instant(rs, "created_at"),
                rs.getLong("version"),
                t.labels,
                t.choiceLabels);
    }
}

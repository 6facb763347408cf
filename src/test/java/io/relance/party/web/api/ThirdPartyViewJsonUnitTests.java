package io.relance.party.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.party.ProspectStatus;
import io.relance.party.core.Source;
import io.relance.shared.ListPage;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.json.JsonMapper;

/** The view's own writer gives exactly the text of Jackson's bean serialization of the record. */
class ThirdPartyViewJsonUnitTests {

    /** Undoes the view's {@code @JsonSerialize}: the record is then written as any bean. */
    @JsonSerialize(using = ValueSerializer.None.class)
    abstract static class AsBean {}

    final JsonMapper direct = JsonMapper.builder().build();
    final JsonMapper asBean =
            JsonMapper.builder().addMixIn(ThirdPartyView.class, AsBean.class).build();

    @Test
    void everyFieldTagsCustomValuesAndNullsAreWrittenAsTheBeanSerializationWritesThem() {
        ListPage<ThirdPartyView> page = new ListPage<>(List.of(full(), empty(), escaped()), "next\"cursor");
        String expected = asBean.writeValueAsString(page);
        assertThat(direct.writeValueAsString(page)).isEqualTo(expected).contains("\"customFields\":{\"segment\"");
        for (ThirdPartyView view : page.items()) {
            assertThat(direct.writeValueAsString(view)).isEqualTo(asBean.writeValueAsString(view));
        }
    }

    @Test
    void theWriterNamesEveryComponentOfTheView() {
        List<String> components = Arrays.stream(ThirdPartyView.class.getRecordComponents())
                .map(c -> c.getName())
                .toList();
        Map<?, ?> written = direct.readValue(direct.writeValueAsString(full()), Map.class);
        assertThat(written.keySet().stream().map(String::valueOf).toList()).containsExactlyElementsOf(components);
    }

    private static ThirdPartyView full() {
        Map<String, Object> custom = new LinkedHashMap<>();
        custom.put("segment", "Mid-market");
        custom.put("annual_revenue", new BigDecimal("8749209.46"));
        custom.put("employees", new BigDecimal("12"));
        custom.put("since", "2024-02-29");
        custom.put("partner", true);
        custom.put("channels", List.of("web", "phone"));
        custom.put("empty", null);
        return new ThirdPartyView(
                UUID.fromString("01a0dc3c-0c73-7d13-bb74-64aa3e4d0548"),
                7,
                "Agathe Lemaître",
                "CU2609-14144",
                true,
                false,
                true,
                ProspectStatus.TO_CONTACT,
                "high",
                "agathe.lemaitre@free.fr",
                "04.30.39.70.85",
                "+33430397085",
                "+33785793120",
                "+33785793120",
                "https://example.fr/a?b=c&d=é",
                "59 rue de la République",
                "13001",
                "Marseille",
                "FR",
                "fr",
                Source.IMPORT,
                "<p>Hat Interesse an einer Vorführung.</p>\n\tzweite Zeile",
                List.of("export", "relance-q1", "vip"),
                UUID.fromString("0def59a7-9aa9-3b53-bb4e-848a3914d736"),
                "Camille Lefèvre",
                custom,
                List.of("CU-1", "OLD-2"),
                Instant.parse("2026-09-26T05:41:58.003Z"),
                Instant.parse("2026-09-30T09:14:57.000123456Z"));
    }

    /** A view with only these components set: every other is null (false, 0 for the primitives). */
    private static ThirdPartyView only(Map<String, Object> set) {
        RecordComponent[] components = ThirdPartyView.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            Object absent = types[i] == boolean.class ? false : types[i] == long.class ? 0L : null;
            values[i] = set.getOrDefault(components[i].getName(), absent);
        }
        try {
            return ThirdPartyView.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ThirdPartyView empty() {
        return only(Map.of(
                "id", UUID.fromString("00000000-0000-0000-0000-000000000001"),
                "name", "X",
                "tags", List.of(),
                "customFields", Map.of(),
                "codeAliases", List.of(),
                "createdAt", Instant.parse("2026-01-01T00:00:00Z")));
    }

    private static ThirdPartyView escaped() {
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("id", UUID.fromString("ffffffff-ffff-ffff-ffff-ffffffffffff"));
        set.put("version", Long.MAX_VALUE);
        set.put("name", "\"Quotes\" \\ back\u0001slash \uD83D\uDE00 emoji \u2028");
        set.put("prospect", true);
        set.put("customer", true);
        set.put("status", ProspectStatus.values()[ProspectStatus.values().length - 1]);
        set.put("potential", "none");
        set.put("source", Source.values()[0]);
        set.put("notes", "");
        set.put("tags", List.of("tag \"quoted\"", "ünïcödé"));
        set.put("ownerId", UUID.fromString("0def59a7-9aa9-3b53-bb4e-848a3914d736"));
        set.put("createdAt", Instant.parse("1969-12-31T23:59:59.5Z"));
        set.put("updatedAt", Instant.parse("+10000-01-01T00:00:00Z"));
        return only(set);
    }
}

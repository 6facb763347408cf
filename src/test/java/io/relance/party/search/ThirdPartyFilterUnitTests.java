package io.relance.party.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.party.ProspectStatus;
import io.relance.party.customfield.CustomField;
import io.relance.party.customfield.CustomFieldType;
import io.relance.shared.FieldProblem;
import io.relance.shared.InvalidInputException;
import io.relance.shared.WorkspaceId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.util.MultiValueMap;

class ThirdPartyFilterUnitTests {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    static ThirdPartyFilter parse(String query) {
        return ThirdPartyFilter.fromParams(ThirdPartyFilter.parseQuery(query), PARIS);
    }

    static List<String> fieldsOf(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(FieldProblem::field).toList();
        }
        throw new AssertionError("no field error");
    }

    @ParameterizedTest(name = "{0} is refused on {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "colour=red|colour",
                "status=LOST|status",
                "status=TO_CONTACT,lost|status",
                "createdFrom=yesterday|createdFrom",
                "createdTo=2026-13-01|createdTo",
                "updatedFrom=2026-11-22T25:00:00Z|updatedFrom",
                "updatedTo=22/11/2026|updatedTo",
                "prospect=maybe|prospect",
                "customer=1|customer",
                "individual=yes|individual",
            })
    void badFiltersAreFieldErrors(String query, String field) {
        assertThat(fieldsOf(() -> parse(query))).containsExactly(field);
    }

    @Test
    void everyBadFilterIsReportedAtOnce() {
        assertThat(fieldsOf(() -> parse("status=LOST&createdFrom=x&password=1")))
                .containsExactlyInAnyOrder("status", "createdFrom", "password");
    }

    @Test
    void daysAreReadInTheWorkspaceZoneAndTheEndDayIsExclusive() {
        ThirdPartyFilter f = parse("createdFrom=2026-11-22&createdTo=2026-11-22&updatedFrom=2026-11-01T08:00:00Z");
        assertThat(f.createdFrom()).isEqualTo(Instant.parse("2026-11-21T23:00:00Z"));
        assertThat(f.createdTo()).isEqualTo(Instant.parse("2026-11-22T23:00:00Z"));
        assertThat(f.updatedFrom()).isEqualTo(Instant.parse("2026-11-01T08:00:00Z"));
    }

    @Test
    void repeatedAndCommaSeparatedValuesAddUp() {
        ThirdPartyFilter f = parse("status=TO_CONTACT,CONTACTED&status=IN_PROGRESS&potential=high,low&tag=vip&tag=b2b");
        assertThat(f.statuses())
                .containsExactly(ProspectStatus.TO_CONTACT, ProspectStatus.CONTACTED, ProspectStatus.IN_PROGRESS);
        assertThat(f.potentials()).containsExactly("high", "low");
        assertThat(f.tags()).containsExactly("vip", "b2b");
    }

    @Test
    void aFilterSurvivesTheRoundTripOfASavedSegment() {
        ThirdPartyFilter f = parse("q=%2B33%206%2012&tag=R%26D&cf.budget.min=1000&sort=-createdAt&owner=me"
                + "&createdFrom=2026-11-01T08:00:00Z&city=Saint-%C3%89tienne");
        assertThat(f.q()).isEqualTo("+33 6 12");
        assertThat(f.tags()).containsExactly("R&D");
        String saved = org.springframework.web.util.UriComponentsBuilder.newInstance()
                .queryParams(f.toParams())
                .encode()
                .build()
                .getQuery()
                .replace("+", "%2B");
        ThirdPartyFilter back = parse(saved);
        assertThat(back).isEqualTo(f);
    }

    @Test
    void sortsAndCustomFieldsUnknownToTheWorkspaceAreFieldErrors() {
        CustomField budget = new CustomField(
                UUID.randomUUID(),
                "budget",
                "Budget",
                CustomFieldType.AMOUNT,
                List.of(),
                false,
                0,
                Instant.EPOCH,
                0,
                Map.of(),
                Map.of());
        CustomField project = new CustomField(
                UUID.randomUUID(),
                "project",
                "Project",
                CustomFieldType.CHOICE,
                List.of("Roof"),
                false,
                1,
                Instant.EPOCH,
                0,
                Map.of(),
                Map.of());
        Map<String, CustomField> fields = Map.of("budget", budget, "project", project);
        for (String[] c : new String[][] {
            {"sort=password", "sort"},
            {"sort=cf.nope", "sort"},
            {"cf.nope=1", "cf.nope"},
            {"cf.project.min=1", "cf.project.min"},
            {"cf.budget.min=abc", "cf.budget.min"},
            {"cf.budget=lots", "cf.budget"},
            {"owner=someone", "owner"},
        }) {
            assertThat(fieldsOf(() -> query(c[0], fields, null))).as(c[0]).containsExactly(c[1]);
        }
        assertThat(fieldsOf(() -> query("sort=-name", fields, "not a cursor"))).containsExactly("cursor");
        ThirdPartyQuery.Sql sql = query("cf.budget.min=1000&sort=cf.budget&q=dupont", fields, null);
        assertThat(sql.text()).doesNotContain("1000").doesNotContain("dupont");
        assertThat(sql.params()).containsValue(new java.math.BigDecimal("1000"));
    }

    @Test
    void filterValuesOnlyEverReachSqlAsParameters() {
        String evil = "x'; DROP TABLE third_parties; --";
        ThirdPartyQuery.Sql sql = query(
                "q=" + java.net.URLEncoder.encode(evil, java.nio.charset.StandardCharsets.UTF_8) + "&city=" + "a%27b"
                        + "&country=f%27r&tag=vip",
                Map.of(),
                null);
        assertThat(sql.text()).doesNotContain("DROP").doesNotContain("'b").doesNotContain("f'r");
    }

    private static ThirdPartyQuery.Sql query(String q, Map<String, CustomField> fields, String cursor) {
        MultiValueMap<String, String> params = ThirdPartyFilter.parseQuery(q);
        ThirdPartyQuery.Criteria criteria = new ThirdPartyQuery.Criteria(
                new WorkspaceId(UUID.randomUUID()),
                new ThirdPartyQuery.Viewer(UUID.randomUUID(), false, false),
                Instant.now(),
                ThirdPartyFilter.fromParams(params, PARIS),
                Map.of("vip", UUID.randomUUID()),
                fields,
                "FR");
        return ThirdPartyQuery.page(criteria, cursor, 50);
    }
}

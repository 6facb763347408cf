package io.relance.party.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relance.party.customfield.CustomField;
import io.relance.party.customfield.CustomFieldType;
import io.relance.shared.FieldProblem;
import io.relance.shared.InvalidInputException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which columns the third-party list shows: the defaults, a stored choice read back, a choice checked. */
class ListColumnsUnitTests {

    static final ListColumns COLUMNS = new ListColumns(List.of(field("budget"), field("sector")));

    @Test
    void theDefaultsAreTheUsualColumnsThenEveryCustomField() {
        assertThat(keys(COLUMNS.defaults()))
                .startsWith(ListColumns.DEFAULT_BUILT_IN.toArray(String[]::new))
                .endsWith("cf.budget", "cf.sector")
                .hasSize(ListColumns.DEFAULT_BUILT_IN.size() + 2);
        assertThat(keys(COLUMNS.available())).hasSize(14).endsWith("cf.budget", "cf.sector");
    }

    @ParameterizedTest(name = "stored \"{0}\" reads as {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "name,email,code | name,email,code",
                "code,cf.budget,name | code,cf.budget,name",
                "name,cf.gone,email | name,email", // a deleted custom field is skipped
                "name,salary | name", // so is a key that never existed
                "name,email,name | name,email", // twice counts once
                "email,city | name,email,city", // the name is always there
                "' ' | code,name,status,potential,owner,city,tags,updatedAt,cf.budget,cf.sector",
            })
    void aStoredChoiceReadsBackWithoutWhatNoLongerExists(String stored, String expected) {
        assertThat(keys(COLUMNS.read(stored))).containsExactlyElementsOf(Arrays.asList(expected.split(",")));
    }

    @Test
    void nothingStoredReadsAsTheDefaults() {
        assertThat(COLUMNS.read(null)).isEqualTo(COLUMNS.defaults());
    }

    @ParameterizedTest(name = "{0} is kept as {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "name | name",
                "cf.sector,name,phone | cf.sector,name,phone",
                "name,email,email | name,email",
                "' name, createdAt ' | name,createdAt",
            })
    void aChoiceOfKnownColumnsWithTheNameIsKeptInItsOrder(String given, String kept) {
        List<ListColumn> chosen = COLUMNS.check(Arrays.asList(given.split(",")));
        assertThat(keys(chosen)).containsExactlyElementsOf(Arrays.asList(kept.split(",")));
        assertThat(ListColumns.store(chosen)).isEqualTo(kept);
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "email,code | thirdparty.columns.nameRequired",
                "name,salary | thirdparty.columns.unknown:salary",
                "name,cf.gone | thirdparty.columns.unknown:cf.gone",
                "name,cf.budget,Email | thirdparty.columns.unknown:Email",
                "email,salary | thirdparty.columns.unknown:salary,thirdparty.columns.nameRequired",
            })
    void aChoiceWithAnUnknownColumnOrWithoutTheNameIsAFieldError(String given, String problems) {
        assertThatThrownBy(() -> COLUMNS.check(Arrays.asList(given.split(","))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).extracting(FieldProblem::field).containsOnly("columns");
                    assertThat(e.problems())
                            .extracting(p -> p.code() + (p.args().length == 0 ? "" : ":" + p.args()[0]))
                            .containsExactlyElementsOf(Arrays.asList(problems.split(",")));
                });
    }

    @Test
    void noChoiceAtAllLacksTheName() {
        assertThatThrownBy(() -> COLUMNS.check(null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> COLUMNS.check(List.of())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void onlyTheNameIsFixedAndOnlyListSortsAreSortable() {
        assertThat(COLUMNS.available().stream().filter(c -> !c.removable()))
                .extracting(ListColumn::key)
                .containsExactly("name");
        assertThat(COLUMNS.available().stream().filter(c -> !c.sortable()))
                .extracting(ListColumn::key)
                .containsExactly("owner", "country", "phone", "tags");
    }

    private static List<String> keys(List<ListColumn> columns) {
        return columns.stream().map(ListColumn::key).toList();
    }

    private static CustomField field(String key) {
        return new CustomField(
                UUID.randomUUID(),
                key,
                key.toUpperCase(),
                CustomFieldType.TEXT,
                List.of(),
                false,
                0,
                Instant.EPOCH,
                0,
                java.util.Map.of(),
                java.util.Map.of());
    }
}

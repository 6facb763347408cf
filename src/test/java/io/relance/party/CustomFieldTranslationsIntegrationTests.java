package io.relance.party;

import static io.relance.workspace.WorkspaceFixture.speaking;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.shared.RelanceUser;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A custom field's label and its choices' labels per language: given through the API and the settings page, shown in
 * the reader's language on the form, the record, the list (columns and filters) and the timeline, the default label
 * (or the choice's key) where a language has none. The stored value stays the choice's key.
 */
class CustomFieldTranslationsIntegrationTests extends PageTest {

    static final String WOOD = """
            {"key": "wood", "label": "Wood", "type": "CHOICE", "options": ["oak", "beech"],
             "labels": {"fr": "Essence", "de": "Holzart"},
             "choiceLabels": {"oak": {"fr": "Chêne", "de": "Eiche"}, "beech": {"fr": "Hêtre"}}}""";

    /** The settings page's change form of the wood field: a German label, the French choices as typed. */
    void change(RelanceUser admin, String fieldId, String frenchChoices) throws Exception {
        as(
                        admin,
                        form(
                                post("/settings/custom-fields/" + fieldId),
                                "label=Wood",
                                "options=oak\nbeech\nash",
                                "version=0",
                                "label_de=Holzart",
                                "choices_fr=" + frenchChoices))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void theApiTakesAndAnswersTheLabelsPerLanguage() throws Exception {
        RelanceUser admin = workspaces.create("Acme").admin();
        String id = JsonPath.read(
                body(defineField(admin, WOOD)
                        .andExpect(jsonPath("$.label").value("Wood"))
                        .andExpect(jsonPath("$.labels.fr").value("Essence"))
                        .andExpect(jsonPath("$.choiceLabels.oak.de").value("Eiche"))),
                "$.id");
        mvc.perform(get("/api/v1/custom-fields").with(user(admin)))
                .andExpect(jsonPath("$.items[0].labels.de").value("Holzart"))
                .andExpect(jsonPath("$.items[0].choiceLabels.beech.fr").value("Hêtre"))
                .andExpect(jsonPath("$.items[0].options[0]").value("oak"));

        // a change without translations keeps them (for the choices still there); with them, replaces them
        send(admin, patch("/api/v1/custom-fields/" + id), """
                        {"key": "wood", "label": "Wood", "options": ["oak", "pine"], "version": 0}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.labels.fr").value("Essence"))
                .andExpect(jsonPath("$.choiceLabels.oak.fr").value("Chêne"))
                .andExpect(jsonPath("$.choiceLabels.beech").doesNotExist());
        send(admin, patch("/api/v1/custom-fields/" + id), """
                        {"key": "wood", "label": "Wood", "options": ["oak", "pine"], "version": 1,
                         "labels": {"es": "Madera", "fr": " "}, "choiceLabels": {"pine": {"es": "Pino"}}}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.labels.es").value("Madera"))
                .andExpect(jsonPath("$.labels.fr").doesNotExist())
                .andExpect(jsonPath("$.choiceLabels.oak").doesNotExist())
                .andExpect(jsonPath("$.choiceLabels.pine.es").value("Pino"));

        // only the languages Relance speaks, only the field's own choices: field errors, nothing written
        send(admin, post("/api/v1/custom-fields"), """
                        {"key": "finish", "label": "Finish", "type": "CHOICE", "options": ["matt"],
                         "labels": {"it": "Finitura"}, "choiceLabels": {"gloss": {"fr": "Brillant"}}}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.containsInAnyOrder("labels.it", "choiceLabels.gloss")));
        mvc.perform(get("/api/v1/custom-fields").with(user(admin)))
                .andExpect(jsonPath("$.items.length()").value(1));

        // another workspace's admin does not see it
        RelanceUser outsider = workspaces.create("Other").admin();
        send(outsider, patch("/api/v1/custom-fields/" + id), """
                        {"key": "wood", "label": "Mine", "options": ["oak"], "version": 2, "labels": {"fr": "À moi"}}""").andExpect(status().isNotFound());
    }

    @Test
    void everyPageShowsTheReadersLanguageAndFallsBackToTheDefault() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser admin = acme.admin();
        defineField(admin, WOOD);
        String record = "/thirdparties/"
                + thirdParties
                        .of(admin)
                        .named("Menuiserie Roux")
                        .custom("wood", "oak")
                        .create()
                        .thirdParty()
                        .id();
        send(admin, patch("/api/v1" + record), "{\"version\": 0, \"customFields\": {\"wood\": \"beech\"}}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.customFields.wood").value("beech"));

        RelanceUser french = speaking(admin, "fr");
        String details = pageAs(french, record, Locale.FRENCH);
        assertThat(details).contains("<dt>Essence</dt>", "<dd>Hêtre</dd>");
        // the timeline's change: label and both values in French
        assertThat(pageAs(french, record + "?kind=changes", Locale.FRENCH)).contains("Essence", "Chêne", "Hêtre");
        // the form: the label, and the choices by their label with their keys as values
        assertThat(pageAs(french, record + "/edit", Locale.FRENCH))
                .contains(">Essence</label>", "<option value=\"oak\">Chêne</option>")
                .contains("<option value=\"beech\" selected=\"selected\">Hêtre</option>");

        // German has no label for beech: its key shows; Spanish has none at all: the default label
        assertThat(pageAs(speaking(admin, "de"), record, Locale.GERMAN)).contains("<dt>Holzart</dt>", "<dd>beech</dd>");
        assertThat(pageAs(speaking(admin, "es"), record, Locale.forLanguageTag("es")))
                .contains("<dt>Wood</dt>", "<dd>beech</dd>");
        assertThat(pageAs(admin, record, Locale.ENGLISH)).contains("<dt>Wood</dt>", "<dd>beech</dd>");

        // the list: the column's header and cells, the filter's label and choices
        as(admin, post("/thirdparties/columns").param("columns", "name", "cf.wood"))
                .andExpect(status().is3xxRedirection());
        assertThat(pageAs(french, "/thirdparties", Locale.FRENCH))
                .contains("<span>Essence</span>", ">Hêtre</td>", ">Essence</label>")
                .contains("<option value=\"oak\">Chêne</option>");
        // the filter's chip names the choice
        assertThat(pageAs(french, "/thirdparties?cf.wood=beech", Locale.FRENCH))
                .contains("Menuiserie Roux", "<strong>Hêtre</strong>");
    }

    @Test
    void theSettingsPageTakesEachLanguagesLabelAndTheChoicesLineByLine() throws Exception {
        RelanceUser admin = workspaces.create("Acme").admin();
        as(
                        admin,
                        form(
                                post("/settings/custom-fields"),
                                "label=Wood",
                                "type=MULTI_CHOICE",
                                "options=oak\nbeech\nash",
                                "label_fr=Essence",
                                "label_de=",
                                "choices_fr=Chêne\n\nFrêne",
                                "choices_es="))
                .andExpect(status().is3xxRedirection());
        String settings = pageAs(admin, "/settings/custom-fields", Locale.ENGLISH);
        assertThat(settings).contains("value=\"Essence\"", ">Chêne\n\nFrêne</textarea>");
        String fieldId = JsonPath.read(
                body(mvc.perform(get("/api/v1/custom-fields").with(user(admin)))
                        .andExpect(jsonPath("$.items[0].labels.fr").value("Essence"))
                        .andExpect(jsonPath("$.items[0].labels.de").doesNotExist())
                        .andExpect(jsonPath("$.items[0].choiceLabels.oak.fr").value("Chêne"))
                        .andExpect(jsonPath("$.items[0].choiceLabels.beech").doesNotExist())
                        .andExpect(jsonPath("$.items[0].choiceLabels.ash.fr").value("Frêne"))),
                "$.items[0].id");

        // the change form: a German label, the French choices changed; a line too many is refused, nothing written
        change(admin, fieldId, "Chêne\nHêtre\nFrêne\nPin");
        mvc.perform(get("/api/v1/custom-fields").with(user(admin)))
                .andExpect(jsonPath("$.items[0].version").value(0))
                .andExpect(jsonPath("$.items[0].labels.fr").value("Essence"));
        change(admin, fieldId, "Chêne\nHêtre");
        mvc.perform(get("/api/v1/custom-fields").with(user(admin)))
                .andExpect(jsonPath("$.items[0].labels.de").value("Holzart"))
                .andExpect(jsonPath("$.items[0].labels.fr").doesNotExist())
                .andExpect(jsonPath("$.items[0].choiceLabels.beech.fr").value("Hêtre"))
                .andExpect(jsonPath("$.items[0].choiceLabels.ash").doesNotExist());
    }
}

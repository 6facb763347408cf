package io.relance.followup.classification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.followup.classification.Classifying;
import io.relance.party.PageTest;
import io.relance.party.ThirdPartyId;
import io.relance.shared.RelanceUser;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The record's Classification panel and Settings → Classifications, through MockMvc. */
class ClassificationPagesIntegrationTests extends PageTest {

    @Autowired
    Classifying classifying;

    @Test
    void theRecordShowsTheButtonsAndOneClickClassifies() throws Exception {
        RelanceUser rep = workspaces.rep();
        String id = thirdParties.of(rep).named("Dupont").createId();

        as(rep, get("/thirdparties/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"classify-promising\"")))
                .andExpect(content().string(containsString("aria-pressed=\"false\"")))
                .andExpect(content().string(not(containsString("aria-pressed=\"true\""))));

        as(rep, post("/thirdparties/" + id + "/classify").param("classification", "promising"))
                .andExpect(redirectedUrl("/thirdparties/" + id))
                .andExpect(flash().attributeExists("flash"));

        assertThat(classifying.current(rep.workspaceId(), new ThirdPartyId(UUID.fromString(id))))
                .hasValueSatisfying(c -> assertThat(c.key()).isEqualTo("promising"));
        as(rep, get("/thirdparties/" + id))
                .andExpect(content().string(containsString("id=\"classification-next\"")))
                .andExpect(content().string(containsString("Classified as Promising")));
    }

    @Test
    void anotherRepsRecordCannotBeClassified() throws Exception {
        var team = workspaces.team();
        String alices = thirdParties.of(team.alice()).named("Dupont").createId();

        as(team.bob(), post("/thirdparties/" + alices + "/classify").param("classification", "promising"))
                .andExpect(status().isNotFound());
        assertThat(classifying.current(team.alice().workspaceId(), new ThirdPartyId(UUID.fromString(alices))))
                .isEmpty();
    }

    @Test
    void anAdminEditsTheListOnTheSettingsPage() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser admin = acme.admin();

        as(admin, get("/settings/classifications"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Not sure yet")));
        as(
                        admin,
                        form(
                                post("/settings/classifications"),
                                "key=hot",
                                "labelEn=Hot",
                                "labelFr=Chaud",
                                "labelEs=",
                                "labelDe=",
                                "icon=fire",
                                "tags=true",
                                "delayDays=3",
                                "position=",
                                "active=true"))
                .andExpect(redirectedUrl("/settings/classifications"));
        assertThat(classifying.active(acme.id(), Locale.FRENCH))
                .anySatisfy(c -> assertThat(c.label()).isEqualTo("Chaud"));

        as(admin, get("/settings/classifications/hot"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Chaud\"")));
        as(
                        admin,
                        form(
                                post("/settings/classifications/hot"),
                                "labelEn=Hot|Cold",
                                "labelFr=Chaud",
                                "icon=fire",
                                "delayDays=three",
                                "active=true",
                                "version=0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("delayDays-error")));
        as(
                        admin,
                        form(
                                post("/settings/classifications/hot"),
                                "labelEn=Hot|Cold",
                                "labelFr=Chaud",
                                "icon=fire",
                                "delayDays=",
                                "active=true",
                                "version=0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("labelEn-error")));
        as(
                        admin,
                        form(
                                post("/settings/classifications/hot"),
                                "labelEn=Very hot",
                                "icon=fire",
                                "delayDays=",
                                "version=0"))
                .andExpect(redirectedUrl("/settings/classifications"));
        assertThat(classifying.active(acme.id(), Locale.ENGLISH))
                .noneMatch(c -> c.key().equals("hot"));

        as(admin, post("/settings/classifications/hot/delete")).andExpect(redirectedUrl("/settings/classifications"));
        as(acme.rep("Rep"), get("/settings/classifications")).andExpect(status().isForbidden());
    }
}

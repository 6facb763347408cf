package io.relance.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.MvcTest;
import io.relance.shared.RelanceUser;
import io.relance.workspace.WorkspaceFixture.TestWorkspace;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class AdviceSettingsIntegrationTests extends MvcTest {

    static final String CHANGE = """
            {"notOpenedDays": 5, "silenceDays": 4, "hotOpenDays": 2, "hotWindowDays": 4, "dormantDays": 21,
             "expiresSoonDays": 2, "version": %d}""";

    @Test
    void anAdminChangesTheNumbersWithTheVersionRead() throws Exception {
        RelanceUser admin = workspaces.create("Advice").admin();
        send(admin, get("/api/v1/advice-settings"), "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.notOpenedDays").value(3))
                .andExpect(jsonPath("$.dormantDays").value(14))
                .andExpect(jsonPath("$.version").value(0));
        send(admin, put("/api/v1/advice-settings"), CHANGE.formatted(0))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.notOpenedDays").value(5))
                .andExpect(jsonPath("$.version").value(1));
        send(admin, put("/api/v1/advice-settings"), CHANGE.formatted(0)).andExpect(status().isConflict());
        send(admin, put("/api/v1/advice-settings"), CHANGE.formatted(1)).andExpect(status().isOk());
    }

    @Test
    void badNumbersAreFieldErrorsAndChangeNothing() throws Exception {
        RelanceUser admin = workspaces.create("Advice").admin();
        send(admin, put("/api/v1/advice-settings"), """
                        {"notOpenedDays": 0, "silenceDays": 400, "hotOpenDays": 6, "hotWindowDays": 5, "dormantDays": 14,
                         "expiresSoonDays": 3, "version": 0}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'notOpenedDays')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'silenceDays')]").exists());
        send(admin, put("/api/v1/advice-settings"), """
                        {"notOpenedDays": 3, "silenceDays": 3, "hotOpenDays": 6, "hotWindowDays": 5, "dormantDays": 14,
                         "expiresSoonDays": 3, "version": 0}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("hotOpenDays"));
        send(admin, put("/api/v1/advice-settings"), "{\"notOpenedDays\": 3}").andExpect(status().isBadRequest());
        send(admin, get("/api/v1/advice-settings"), "")
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void aSalesRepReadsButMayNotChangeThem() throws Exception {
        TestWorkspace ws = workspaces.create("Advice");
        RelanceUser rep = ws.rep("Rita Rep");
        send(rep, get("/api/v1/advice-settings"), "").andExpect(status().isOk());
        send(rep, put("/api/v1/advice-settings"), CHANGE.formatted(0)).andExpect(status().isForbidden());
        as(rep, get("/settings/follow-up-advice")).andExpect(status().isForbidden());
    }

    @Test
    void anotherWorkspaceKeepsItsOwnNumbers() throws Exception {
        RelanceUser admin = workspaces.create("Advice").admin();
        RelanceUser otherAdmin = workspaces.create("Other advice").admin();
        send(admin, put("/api/v1/advice-settings"), CHANGE.formatted(0)).andExpect(status().isOk());
        send(otherAdmin, get("/api/v1/advice-settings"), "")
                .andExpect(jsonPath("$.notOpenedDays").value(3))
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void theSettingsTabShowsAndSavesTheForm() throws Exception {
        RelanceUser admin = workspaces.create("Advice").admin();
        String page = pageAs(admin, "/settings/follow-up-advice");
        assertThat(page).contains("id=\"notOpenedDays\"").contains("Follow-up advice");
        as(admin, settingsForm("4", "3", "0")).andExpect(redirectedUrl("/settings/follow-up-advice"));
        as(admin, settingsForm("0", "3", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("notOpenedDays-error")));
        as(admin, settingsForm("4", "x", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("silenceDays-error")));
        send(admin, get("/api/v1/advice-settings"), "")
                .andExpect(jsonPath("$.notOpenedDays").value(4));
    }

    /** The settings form as a browser posts it: the defaults but for the two fields the tests change. */
    private static MockHttpServletRequestBuilder settingsForm(
            String notOpenedDays, String silenceDays, String version) {
        return form(
                post("/settings/follow-up-advice"),
                "notOpenedDays=" + notOpenedDays,
                "silenceDays=" + silenceDays,
                "hotOpenDays=3",
                "hotWindowDays=5",
                "dormantDays=14",
                "expiresSoonDays=3",
                "version=" + version);
    }
}

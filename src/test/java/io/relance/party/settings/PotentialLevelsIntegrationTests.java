package io.relance.party.settings;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.party.PageTest;
import org.junit.jupiter.api.Test;

/** Potential levels: none/low/medium/high until an admin sets his own; a level in use cannot go. */
class PotentialLevelsIntegrationTests extends PageTest {

    @Test
    void anAdminConfiguresTheLevelsAndALevelInUseStays() throws Exception {
        var acme = workspaces.create("Acme");
        mvc.perform(get("/api/v1/potentials").with(user(acme.admin())))
                .andExpect(jsonPath("$.items[*].key")
                        .value(org.hamcrest.Matchers.contains("none", "low", "medium", "high")));
        send(acme.admin(), post("/api/v1/thirdparties"), "{\"name\": \"Hot lead\", \"potential\": \"high\"}")
                .andExpect(status().isCreated());
        sendRefused(
                acme.admin(),
                put("/api/v1/potentials"),
                "[{\"key\": \"cold\", \"label\": \"Cold\"}, {\"key\": \"warm\", \"label\": \"Warm\"}]",
                "levels");
        send(
                        acme.admin(),
                        put("/api/v1/potentials"),
                        "[{\"key\": \"cold\", \"label\": \"Cold\"}, {\"key\": \"high\", \"label\": \"Hot\"}]")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[1].label").value("Hot"));
        sendRefused(
                acme.admin(),
                post("/api/v1/thirdparties"),
                "{\"name\": \"Old level\", \"potential\": \"medium\"}",
                "potential");
        send(acme.rep("Rep"), put("/api/v1/potentials"), "[{\"key\": \"x\"}]").andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/potentials")
                        .with(user(workspaces.create("Other").admin())))
                .andExpect(jsonPath("$.items[0].key").value("none"));
    }
}

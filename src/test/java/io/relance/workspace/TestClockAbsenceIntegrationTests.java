package io.relance.workspace;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** By default there is no test clock and no sign-up. */
@IntegrationTest
class TestClockAbsenceIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    WorkspaceFixture fixture;

    @Test
    void theTestClockAndSignUpAreAbsentByDefault() throws Exception {
        mvc.perform(put("/api/v1/testing/clock")
                        .with(user(fixture.operator()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"now\": \"2027-01-04T09:00:00Z\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/signup")).andExpect(status().isNotFound());
    }
}

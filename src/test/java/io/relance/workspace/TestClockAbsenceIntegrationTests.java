package io.relance.workspace;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.MvcTest;
import org.junit.jupiter.api.Test;

/** By default there is no test clock and no sign-up. */
class TestClockAbsenceIntegrationTests extends MvcTest {

    @Test
    void theTestClockAndSignUpAreAbsentByDefault() throws Exception {
        send(workspaces.operator(), put("/api/v1/testing/clock"), "{\"now\": \"2027-01-04T09:00:00Z\"}")
                .andExpect(status().isNotFound());
        mvc.perform(get("/signup")).andExpect(status().isNotFound());
    }
}

package io.relance.party;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.shared.RelanceUser;
import org.junit.jupiter.api.Test;

/** Text search and the city filter: case and accents ignored, LIKE wildcards taken literally. */
class ThirdPartySearchIntegrationTests extends PageTest {

    @Test
    void searchIgnoresCaseAndAccentsAndTakesWildcardsLiterally() throws Exception {
        RelanceUser rep = workspaces.rep();
        thirdParties.of(rep).named("100% Bio").in("Saint-Étienne").create();
        thirdParties.of(rep).named("Bio_Shop").in("Lyon").create();
        thirdParties
                .of(rep)
                .named("ÉCOLE Hôtelière")
                .withEmail("contact@ecole.test")
                .create();
        thirdParties.of(rep).named("Plain").create();
        String[][] cases = {
            {"q=100%", "100% Bio"},
            {"q=%", "100% Bio"},
            {"q=_", "Bio_Shop"},
            {"q=o_s", "Bio_Shop"},
            {"q=bio", "100% Bio|Bio_Shop"},
            {"q=ecole hoteliere", "ÉCOLE Hôtelière"},
            {"q=Hôtelière", "ÉCOLE Hôtelière"},
            {"q=HOTEL", "ÉCOLE Hôtelière"},
            {"q=ecole.test", "ÉCOLE Hôtelière"},
            {"q=etienne", "100% Bio"},
            {"city=saint-étienne", "100% Bio"},
            {"city=SAINT-ÉTIENNE", "100% Bio"},
            {"q=nothing-like-this", ""},
        };
        for (String[] c : cases) {
            String[] expected = c[1].isEmpty() ? new String[0] : c[1].split("\\|");
            int eq = c[0].indexOf('=');
            try {
                // the value as a browser would send it once decoded: MockMvc takes it as the raw parameter
                mvc.perform(get("/api/v1/thirdparties")
                                .param(c[0].substring(0, eq), c[0].substring(eq + 1))
                                .with(user(rep)))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.items[*].name", containsInAnyOrder((Object[]) expected)));
            } catch (AssertionError e) {
                throw new AssertionError(c[0] + ": " + e.getMessage(), e);
            }
        }
    }
}

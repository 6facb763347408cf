package io.relance.party;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.shared.RelanceUser;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Creating and changing a third party through the API: typed values, versions, and nothing half-written. */
class ThirdPartyEditingIntegrationTests extends PageTest {

    @Test
    void valuesAreKeptAsTypedAndNormalised() throws Exception {
        RelanceUser rep = workspaces.rep();
        send(rep, post("/api/v1/thirdparties"), """
                {"name":"  Dupont & Fils <b>SA</b> ","email":"Contact@Dupont.FR","phone":"06 12 34 56 78",
                 "website":"dupont.fr","country":"fr","tags":["VIP","vip","b2b"],"city":"<i>Lyon</i>"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("Dupont & Fils <b>SA</b>"))
                .andExpect(jsonPath("$.city").value("<i>Lyon</i>"))
                .andExpect(jsonPath("$.phone").value("06 12 34 56 78"))
                .andExpect(jsonPath("$.phoneE164").value("+33612345678"))
                .andExpect(jsonPath("$.website").value("https://dupont.fr"))
                .andExpect(jsonPath("$.country").value("FR"))
                .andExpect(jsonPath("$.tags", hasSize(2)))
                .andExpect(jsonPath("$.prospect").value(true))
                .andExpect(jsonPath("$.status").value("NEVER_CONTACTED"))
                .andExpect(jsonPath("$.ownerId").value(rep.userId().toString()))
                .andExpect(jsonPath("$.code").isNotEmpty())
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void aPhoneIsReadInTheRecordsOwnCountry() throws Exception {
        RelanceUser rep = workspaces.rep();
        String t = thirdParties.of(rep).named("Müller").with("country", "DE").createInApi();
        send(rep, patch(t), "{\"version\":0,\"phone\":\"030 1234567\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phone").value("030 1234567"))
                .andExpect(jsonPath("$.phoneE164").value("+49301234567"));
        send(rep, post("/api/v1/thirdparties"), "{\"name\":\"Schmidt\",\"country\":\"de\",\"phone\":\"030 1234567\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.phoneE164").value("+49301234567"));
    }

    @Test
    void movingTheAddressAbroadKeepsThePhonesE164UntilThePhoneIsTypedAgain() throws Exception {
        RelanceUser rep = workspaces.rep();
        String t = thirdParties
                .of(rep)
                .named("Dupont")
                .with("country", "FR")
                .withPhone("06 12 34 56 78")
                .createInApi();
        // the form sends every field again, unchanged: the French mobile stays French (read in Germany, it is no
        // number at all, and its E.164 form was silently lost)
        send(rep, patch(t), "{\"version\":0,\"country\":\"DE\",\"phone\":\"06 12 34 56 78\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phoneE164").value("+33612345678"));
        send(rep, patch(t), "{\"version\":1,\"phone\":\"089 123456\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phoneE164").value("+4989123456"));
    }

    @Test
    void aChangeNeedsTheVersionReadAndABadValueChangesNothing() throws Exception {
        RelanceUser rep = workspaces.rep();
        String t = thirdParties.of(rep).named("Dupont").in("Lyon").createInApi();
        sendRefused(rep, patch(t), "{\"city\":\"Nice\"}", "version");
        send(rep, patch(t), "{\"version\":0,\"city\":\"Nice\",\"email\":\"not an email\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("email")));
        send(rep, patch(t), "{\"version\":0,\"phone\":\"12\",\"tags\":[\"" + "x".repeat(200) + "\"]}")
                .andExpect(status().isBadRequest());
        mvc.perform(get(t).with(user(rep)))
                .andExpect(jsonPath("$.city").value("Lyon"))
                .andExpect(jsonPath("$.tags", hasSize(0)))
                .andExpect(jsonPath("$.version").value(0));
        mvc.perform(get(t + "/history").with(user(rep)))
                .andExpect(jsonPath("$.items[*].kind", containsInAnyOrder("party.created")));
        send(rep, patch(t), "{\"version\":0,\"city\":\"Nice\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        send(rep, patch(t), "{\"version\":0,\"city\":\"Paris\"}").andExpect(status().isConflict());
        send(rep, patch(t), "{\"version\":1,\"city\":null}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.city").doesNotExist());
    }

    @Test
    void aRequiredCustomFieldCannotBeEmptiedAndUnknownKeysAreRefused() throws Exception {
        var acme = workspaces.create("Acme");
        defineField(acme.admin(), "{\"key\":\"budget\",\"label\":\"Budget\",\"type\":\"AMOUNT\",\"required\":true}");
        RelanceUser rep = acme.rep("Rep");
        String t = thirdParties.of(rep).named("Dupont").custom("budget", "100").createInApi();
        sendRefused(rep, patch(t), "{\"version\":0,\"customFields\":{\"budget\":null}}", "customFields.budget");
        sendRefused(rep, patch(t), "{\"version\":0,\"customFields\":{\"budget\":\"\"}}", "customFields.budget");
        sendRefused(rep, patch(t), "{\"version\":0,\"customFields\":{\"nope\":\"1\"}}", "customFields.nope");
        send(rep, patch(t), "{\"version\":0,\"customFields\":{\"budget\":\"200\"}}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.customFields.budget").value(200));
    }
}

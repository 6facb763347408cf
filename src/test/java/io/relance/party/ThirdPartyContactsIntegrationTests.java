package io.relance.party;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.shared.RelanceUser;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Contacts of a third party: add, change with the version read, remove; bad values are field errors. */
class ThirdPartyContactsIntegrationTests extends PageTest {

    @Test
    void contactsAreAddedChangedWithTheirVersionAndRemoved() throws Exception {
        RelanceUser rep = workspaces.rep();
        String t = thirdParties.of(rep).named("Dupont").with("country", "FR").createInApi();
        String created = body(send(rep, post(t + "/contacts"), """
                {"firstName":"Anne","lastName":"Martin","position":"Buyer","email":"Anne.Martin@Example.COM",
                 "phone":"01 23 45 67 89","emailMarketing":"OPT_IN","doNotCall":true,"preferredChannel":"EMAIL",
                 "contactWindow":"mornings","notes":"<p>ok</p><script>x</script>"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.email").value("anne.martin@example.com"))
                .andExpect(jsonPath("$.phone").value("01 23 45 67 89"))
                .andExpect(jsonPath("$.phoneE164").value("+33123456789"))
                .andExpect(jsonPath("$.emailMarketing").value("OPT_IN"))
                .andExpect(jsonPath("$.doNotCall").value(true))
                .andExpect(jsonPath("$.notes").value("<p>ok</p>"))
                .andExpect(jsonPath("$.version").value(0)));
        String c = t + "/contacts/" + JsonPath.read(created, "$.id");
        send(rep, patch(c), "{\"firstName\":\"Anne\",\"lastName\":\"Martin-Durand\",\"version\":0}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lastName").value("Martin-Durand"))
                .andExpect(jsonPath("$.version").value(1));
        send(rep, patch(c), "{\"lastName\":\"Stale\",\"version\":0}").andExpect(status().isConflict());
        sendRefused(rep, patch(c), "{\"lastName\":\"No version\"}", "version");
        mvc.perform(get(t + "/contacts").with(user(rep)))
                .andExpect(jsonPath("$.items[*].lastName", containsInAnyOrder("Martin-Durand")));
        mvc.perform(get(t + "/history?kind=changes").with(user(rep)))
                .andExpect(jsonPath(
                        "$.items[*].kind",
                        containsInAnyOrder("party.contact-changed", "party.contact-added", "party.created")));
        mvc.perform(delete(c).with(user(rep))).andExpect(status().isNoContent());
        mvc.perform(get(t + "/contacts").with(user(rep))).andExpect(jsonPath("$.items", hasSize(0)));
        mvc.perform(delete(c).with(user(rep))).andExpect(status().isNotFound());
    }

    @Test
    void badContactValuesAreFieldErrorsAndWriteNothing() throws Exception {
        RelanceUser rep = workspaces.rep();
        String t = thirdParties.of(rep).named("Dupont").createInApi();
        String[][] cases = {
            {"{\"firstName\":\"No last name\"}", "lastName"},
            {"{\"lastName\":\"X\",\"email\":\"not-an-email\"}", "email"},
            {"{\"lastName\":\"X\",\"phone\":\"12\"}", "phone"},
            {"{\"lastName\":\"X\",\"mobile\":\"call me maybe\"}", "mobile"},
            {"{\"lastName\":\"X\",\"country\":\"ZZ\"}", "country"},
            {"{\"lastName\":\"X\",\"country\":\"France\"}", "country"},
            {"{\"lastName\":\"X\",\"language\":\"French\"}", "language"},
            {"{\"lastName\":\"X\",\"preferredChannel\":\"PIGEON\"}", "preferredChannel"},
            {"{\"lastName\":\"X\",\"emailMarketing\":\"MAYBE\"}", "emailMarketing"},
            {"{\"lastName\":\"" + "x".repeat(101) + "\"}", "lastName"},
        };
        for (String[] bad : cases) {
            send(rep, post(t + "/contacts"), bad[0])
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value(bad[1]));
        }
        mvc.perform(get(t + "/contacts").with(user(rep))).andExpect(jsonPath("$.items", hasSize(0)));
        mvc.perform(get(t + "/history?kind=changes").with(user(rep)))
                .andExpect(jsonPath("$.items[*].kind", containsInAnyOrder("party.created")));
    }
}

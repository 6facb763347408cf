package io.relance.followup.contact;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.MvcTest;
import io.relance.party.ThirdPartyFixture;
import io.relance.shared.RelanceUser;
import io.relance.workspace.WorkspaceFixture.Team;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The contact rules' API: the workspace's defaults (every member reads them, admins change them with the version
 * read), a third party's and a contact's overrides (managers change them; a rep reads his own), every bad field at
 * once; another workspace, and a rep who does not own the third party, get 404 on each endpoint.
 */
class ContactPolicyApiIntegrationTests extends MvcTest {

    @Autowired
    ThirdPartyFixture thirdParties;

    Team team;
    RelanceUser admin;
    RelanceUser stranger;
    String party;
    String contact;

    @BeforeEach
    void aliceOwnsLambertWithClaire() throws Exception {
        team = workspaces.team();
        admin = team.acme().admin();
        stranger = workspaces.create("Globex").admin();
        party = thirdParties.of(team.alice()).named("Famille Lambert").createId();
        contact = JsonPath.read(
                body(send(team.alice(), post("/api/v1/thirdparties/" + party + "/contacts"), """
                                {"firstName": "Claire", "lastName": "Lambert", "country": "US", "preferredChannel": "EMAIL"}""")
                        .andExpect(status().isCreated())),
                "$.id");
    }

    @Test
    void theWorkspaceStartsWithTheBuiltInDefaults() throws Exception {
        as(team.alice(), get("/api/v1/contact-policy"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.minDaysBetween").value(3))
                .andExpect(jsonPath("$.maxPer30Days").value(6))
                .andExpect(jsonPath("$.hoursFrom").value("08:00"))
                .andExpect(jsonPath("$.hoursTo").value("20:00"))
                .andExpect(jsonPath("$.quietDays[0]").value("SUNDAY"))
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void anAdminChangesTheDefaultsWithTheVersionReadAndAnotherWorkspaceKeepsItsOwn() throws Exception {
        send(admin, put("/api/v1/contact-policy"), """
                        {"minDaysBetween": 5, "maxPer30Days": 4, "hoursFrom": "09:00", "hoursTo": "18:00",
                         "quietDays": ["saturday", "SUNDAY"], "version": 0}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.minDaysBetween").value(5))
                .andExpect(jsonPath("$.quietDays", Matchers.contains("SATURDAY", "SUNDAY")))
                .andExpect(jsonPath("$.version").value(1));
        send(admin, put("/api/v1/contact-policy"), "{\"minDaysBetween\": 2, \"version\": 0}")
                .andExpect(status().isConflict());
        send(team.manager(), put("/api/v1/contact-policy"), "{\"minDaysBetween\": 2, \"version\": 1}")
                .andExpect(status().isForbidden());

        as(stranger, get("/api/v1/contact-policy"))
                .andExpect(jsonPath("$.minDaysBetween").value(3));
        as(team.bob(), get("/api/v1/contact-policy"))
                .andExpect(jsonPath("$.minDaysBetween").value(5));
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsSaved() throws Exception {
        send(admin, put("/api/v1/contact-policy"), """
                        {"minDaysBetween": -1, "maxPer30Days": 501, "hoursFrom": "8h", "quietDays": ["FUNDAY"],
                         "timeZone": "Mars/Olympus", "preferredChannel": "PIGEON", "preferredParts": ["NIGHT"],
                         "version": 0}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath(
                        "$.errors[*].field",
                        Matchers.containsInAnyOrder(
                                "minDaysBetween",
                                "maxPer30Days",
                                "hoursFrom",
                                "quietDays",
                                "timeZone",
                                "preferredChannel",
                                "preferredParts")));
        send(admin, put("/api/v1/contact-policy"), "{\"hoursFrom\": \"20:00\", \"hoursTo\": \"08:00\", \"version\": 0}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("hoursTo"));
        send(
                        admin,
                        put("/api/v1/contact-policy"),
                        "{\"quietDays\": [\"MONDAY\", \"TUESDAY\", \"WEDNESDAY\","
                                + " \"THURSDAY\", \"FRIDAY\", \"SATURDAY\", \"SUNDAY\"], \"version\": 0}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("quietDays"));
        send(admin, put("/api/v1/contact-policy"), "{\"minDaysBetween\": 2}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        as(admin, get("/api/v1/contact-policy")).andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void aManagerOverridesAThirdPartysRulesAndItsOwnerReadsWhatApplies() throws Exception {
        String url = "/api/v1/thirdparties/" + party + "/contact-policy";
        as(team.alice(), get(url))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.minDaysBetween").doesNotExist())
                .andExpect(jsonPath("$.effective.minDaysBetween").value(3))
                .andExpect(jsonPath("$.effectiveTimeZone").value("Europe/Paris"));

        send(team.manager(), put(url), "{\"minDaysBetween\": 7, \"timeZone\": \"Europe/London\", \"version\": 0}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.minDaysBetween").value(7))
                .andExpect(jsonPath("$.maxPer30Days").doesNotExist())
                .andExpect(jsonPath("$.effective.maxPer30Days").value(6))
                .andExpect(jsonPath("$.effectiveTimeZone").value("Europe/London"));
        send(team.alice(), put(url), "{\"minDaysBetween\": 1, \"version\": 1}").andExpect(status().isForbidden());
        send(team.manager(), put(url), "{\"minDaysBetween\": 1, \"version\": 0}")
                .andExpect(status().isConflict());
    }

    @Test
    void aContactsOverridesComeOverTheThirdPartysAndItsCountryGivesItsZone() throws Exception {
        String url = "/api/v1/thirdparties/" + party + "/contacts/" + contact + "/contact-policy";
        as(team.alice(), get(url))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.effectiveTimeZone").value("America/New_York"))
                // the channel the contact prefers on its record
                .andExpect(jsonPath("$.effective.preferredChannel").value("EMAIL"));

        send(team.manager(), put(url), """
                        {"preferredChannel": "CALL", "preferredDays": ["TUESDAY", "THURSDAY"],
                         "preferredParts": ["MORNING"], "version": 0}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.effective.preferredChannel").value("CALL"))
                .andExpect(jsonPath("$.preferredDays", Matchers.contains("TUESDAY", "THURSDAY")));
    }

    @Test
    void anotherWorkspaceAndARepWhoDoesNotOwnTheThirdPartyGet404OnEveryEndpoint() throws Exception {
        String tp = "/api/v1/thirdparties/" + party;
        String contactUrl = tp + "/contacts/" + contact + "/contact-policy";
        for (RelanceUser outsider : new RelanceUser[] {stranger, team.bob()}) {
            as(outsider, get(tp + "/contact-policy")).andExpect(status().isNotFound());
            send(outsider, put(tp + "/contact-policy"), "{\"minDaysBetween\": 1, \"version\": 0}")
                    .andExpect(status().isNotFound());
            as(outsider, get(contactUrl)).andExpect(status().isNotFound());
            send(outsider, put(contactUrl), "{\"minDaysBetween\": 1, \"version\": 0}")
                    .andExpect(status().isNotFound());
            as(outsider, get(tp + "/contact-check?channel=call")).andExpect(status().isNotFound());
        }
        // an admin of another workspace changing "his" defaults changes nothing here
        send(stranger, put("/api/v1/contact-policy"), "{\"minDaysBetween\": 9, \"version\": 0}")
                .andExpect(status().isOk());
        as(team.alice(), get(tp + "/contact-policy"))
                .andExpect(jsonPath("$.effective.minDaysBetween").value(3));
        // a contact of another third party is not found under this one
        String other = thirdParties.of(team.alice()).named("Dupont").createId();
        as(team.alice(), get("/api/v1/thirdparties/" + other + "/contacts/" + contact + "/contact-policy"))
                .andExpect(status().isNotFound());
        as(team.alice(), get(tp + "/contact-check?channel=call&contactId=" + contact))
                .andExpect(status().isOk());
        as(team.alice(), get("/api/v1/thirdparties/" + other + "/contact-check?channel=call&contactId=" + contact))
                .andExpect(status().isNotFound());
    }

    @Test
    void theCheckNamesABadChannelAndARepMayNotAskForSomeoneElse() throws Exception {
        String tp = "/api/v1/thirdparties/" + party;
        as(team.alice(), get(tp + "/contact-check?channel=pigeon"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("channel"));
        as(
                        team.alice(),
                        get(tp + "/contact-check?channel=call&userId="
                                + team.bob().userId()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aMergeKeepsTheDuplicatesOverridesWhenTheSurvivorHasNone() throws Exception {
        String duplicate = thirdParties.of(team.alice()).named("Lambert bis").createId();
        send(team.manager(), put("/api/v1/thirdparties/" + duplicate + "/contact-policy"), """
                        {"minDaysBetween": 9, "version": 0}""")
                .andExpect(status().isOk());

        send(
                        team.manager(),
                        post("/api/v1/thirdparties/" + party + "/merge"),
                        "{\"duplicateId\": \"" + duplicate + "\"}")
                .andExpect(status().is2xxSuccessful());

        as(team.alice(), get("/api/v1/thirdparties/" + party + "/contact-policy"))
                .andExpect(jsonPath("$.minDaysBetween").value(9))
                .andExpect(jsonPath("$.version").value(1));
    }
}

package io.relance.followup.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.MvcTest;
import io.relance.party.ProspectStatus;
import io.relance.party.ThirdPartyFixture;
import io.relance.shared.AdjustableClock;
import io.relance.shared.RelanceUser;
import io.relance.workspace.WorkspaceFixture.Team;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Each contact rule end to end, moving the test clock (Paris, from Tuesday 8 December 2026 at 09:00): logging a
 * contact that breaks one is recorded with a warning naming the rule and when it would have been allowed, and the
 * check says the same until the clock passes that instant; do not contact, do not call and exclusivity refuse with no
 * instant; a preference only warns.
 */
class ContactRulesIntegrationTests extends MvcTest {

    /** Tuesday 8 December 2026, 09:00 in Paris. */
    static final Instant TUESDAY_9AM = Instant.parse("2026-12-08T08:00:00Z");

    @Autowired
    ThirdPartyFixture thirdParties;

    @Autowired
    AdjustableClock clock;

    Team team;
    String party;

    @BeforeEach
    void aliceOwnsAFrenchProspect() {
        clock.setTo(TUESDAY_9AM);
        team = workspaces.team();
        party = thirdParties.of(team.alice()).named("Famille Lambert").createId();
    }

    ResultActions logCall(RelanceUser who, String thirdParty) throws Exception {
        return send(who, post("/api/v1/thirdparties/" + thirdParty + "/history"), """
                        {"type": "CALL", "direction": "OUTBOUND", "summary": "Called about the roof"}""")
                .andExpect(status().isCreated());
    }

    /** A call Alice logs as having happened at that instant. */
    ResultActions logCallAt(String instant) throws Exception {
        return send(team.alice(), post("/api/v1/thirdparties/" + party + "/history"), """
                        {"type": "CALL", "direction": "OUTBOUND", "summary": "Called", "occurredAt": "%s"}""".formatted(instant))
                .andExpect(status().isCreated());
    }

    ResultActions check(RelanceUser who, String query) throws Exception {
        return as(who, get("/api/v1/thirdparties/" + party + "/contact-check?" + query))
                .andExpect(status().isOk());
    }

    @Test
    void loggingACallTooSoonIsRecordedWithAWarningUntilTheClockPassesTheMinimumDays() throws Exception {
        logCall(team.alice(), party).andExpect(jsonPath("$.warnings", hasSize(0)));
        check(team.alice(), "channel=call")
                .andExpect(jsonPath("$.allowed").value(false))
                .andExpect(jsonPath("$.reasons[0].rule").value("MIN_DAYS_BETWEEN"))
                .andExpect(jsonPath("$.reasons[0].effect").value("HOLD"))
                // three calendar days after Tuesday: Friday, from the start of the contact hours (08:00 in Paris)
                .andExpect(jsonPath("$.allowedFrom").value("2026-12-11T07:00:00Z"));

        clock.advance(Duration.ofDays(1));
        logCall(team.alice(), party)
                .andExpect(jsonPath("$.kind").value("history.call"))
                .andExpect(jsonPath("$.warnings[0].rule").value("MIN_DAYS_BETWEEN"))
                .andExpect(jsonPath("$.warnings[0].message", containsString("At least 3 days between two contacts")))
                .andExpect(jsonPath("$.warnings[0].message", containsString("Allowed from Fri Dec 11, 2026")));
        as(team.alice(), get("/api/v1/thirdparties/" + party + "/history?kind=calls"))
                .andExpect(jsonPath("$.items", hasSize(2)));

        // the second call counts too: three days after Wednesday
        clock.setTo(Instant.parse("2026-12-12T07:30:00Z"));
        check(team.alice(), "channel=email")
                .andExpect(jsonPath("$.allowed").value(true))
                .andExpect(jsonPath("$.reasons", hasSize(0)));
    }

    @Test
    void anEmailSentOrAVisitLoggedByAnyoneCountsAndAnInboundCallDoesNot() throws Exception {
        send(team.manager(), post("/api/v1/thirdparties/" + party + "/history"), """
                        {"type": "CALL", "direction": "INBOUND", "summary": "She called us"}""")
                .andExpect(status().isCreated());
        check(team.alice(), "channel=call").andExpect(jsonPath("$.allowed").value(true));

        send(team.manager(), post("/api/v1/thirdparties/" + party + "/history"), """
                        {"type": "VISIT", "summary": "Visited the site"}""")
                .andExpect(status().isCreated());
        check(team.alice(), "channel=sms")
                .andExpect(jsonPath("$.allowed").value(false))
                .andExpect(jsonPath("$.reasons[0].rule").value("MIN_DAYS_BETWEEN"));
    }

    @Test
    void atMostNContactsPer30DaysHoldsUntilTheOldestLeavesTheWindow() throws Exception {
        send(team.manager(), put("/api/v1/thirdparties/" + party + "/contact-policy"), """
                        {"minDaysBetween": 0, "maxPer30Days": 2, "version": 0}""")
                .andExpect(status().isOk());
        logCallAt("2026-12-08T08:00:00Z").andExpect(jsonPath("$.warnings", hasSize(0)));
        clock.setTo(Instant.parse("2026-12-08T10:30:00Z"));
        logCallAt("2026-12-08T10:00:00Z").andExpect(jsonPath("$.warnings", hasSize(0)));
        clock.setTo(Instant.parse("2026-12-08T12:00:00Z"));

        logCall(team.alice(), party).andExpect(jsonPath("$.warnings[0].rule").value("MAX_PER_30_DAYS"));
        check(team.alice(), "channel=call")
                .andExpect(jsonPath("$.allowed").value(false))
                .andExpect(jsonPath("$.reasons[0].message", containsString("At most 2 contacts in 30 days")))
                // with three in the window, room for one more once two have left it: the second, 30 days later
                .andExpect(jsonPath("$.allowedFrom").value("2027-01-07T10:00:00Z"));
    }

    @Test
    void quietHoursHoldUntilTheNextMorningInTheContactsZone() throws Exception {
        clock.setTo(Instant.parse("2026-12-08T20:30:00Z")); // 21:30 in Paris
        check(team.alice(), "channel=call")
                .andExpect(jsonPath("$.allowed").value(false))
                .andExpect(jsonPath("$.reasons[0].rule").value("QUIET_HOURS"))
                .andExpect(jsonPath("$.reasons[0].message", containsString("Europe/Paris")))
                .andExpect(jsonPath("$.allowedFrom").value("2026-12-09T07:00:00Z"));

        // a contact in New York: 15:00 in Paris is 09:00 there, 09:00 in Paris is 03:00 there
        String claire = contact("{\"firstName\": \"Claire\", \"lastName\": \"Lambert\", \"country\": \"US\"}");
        clock.setTo(TUESDAY_9AM);
        check(team.alice(), "channel=call&contactId=" + claire)
                .andExpect(jsonPath("$.reasons[0].rule").value("QUIET_HOURS"))
                .andExpect(jsonPath("$.allowedFrom").value("2026-12-08T13:00:00Z"));
        clock.setTo(Instant.parse("2026-12-08T14:00:00Z"));
        check(team.alice(), "channel=call&contactId=" + claire)
                .andExpect(jsonPath("$.allowed").value(true));
    }

    @Test
    void doNotContactWinsEvenOverAContactThatKeepsEveryOtherRule() throws Exception {
        String refused = thirdParties
                .of(team.alice())
                .named("Jamais Plus")
                .status(ProspectStatus.DO_NOT_CONTACT)
                .createId();

        as(team.alice(), get("/api/v1/thirdparties/" + refused + "/contact-check?channel=email"))
                .andExpect(jsonPath("$.allowed").value(false))
                .andExpect(jsonPath("$.reasons", hasSize(1)))
                .andExpect(jsonPath("$.reasons[0].rule").value("DO_NOT_CONTACT"))
                .andExpect(jsonPath("$.reasons[0].effect").value("REFUSAL"))
                .andExpect(jsonPath("$.allowedFrom").doesNotExist());
        // logged all the same (it happened), with the warning
        logCall(team.alice(), refused).andExpect(jsonPath("$.warnings[0].rule").value("DO_NOT_CONTACT"));
    }

    @Test
    void doNotCallRefusesCallsToThatContactButNotEmails() throws Exception {
        String claire = contact("{\"firstName\": \"Claire\", \"lastName\": \"Lambert\", \"doNotCall\": true}");

        check(team.alice(), "channel=call&contactId=" + claire)
                .andExpect(jsonPath("$.allowed").value(false))
                .andExpect(jsonPath("$.reasons[0].rule").value("DO_NOT_CALL"))
                .andExpect(jsonPath("$.allowedFrom").doesNotExist());
        check(team.alice(), "channel=email&contactId=" + claire)
                .andExpect(jsonPath("$.allowed").value(true));
    }

    @Test
    void onlyTheOwnerAManagerOrARepWithASpecialCaseMayContactTheThirdParty() throws Exception {
        String bob = team.bob().userId().toString();
        check(team.manager(), "channel=call").andExpect(jsonPath("$.allowed").value(true));
        check(team.manager(), "channel=call&userId=" + bob)
                .andExpect(jsonPath("$.allowed").value(false))
                .andExpect(jsonPath("$.reasons[0].rule").value("EXCLUSIVITY"))
                .andExpect(jsonPath("$.reasons[0].message", containsString("only its owner (Alice)")))
                .andExpect(jsonPath("$.allowedFrom").doesNotExist());

        send(
                        team.manager(),
                        post("/api/v1/thirdparties/" + party + "/exceptions"),
                        "{\"userId\": \"" + bob
                                + "\", \"endsAt\": \"2026-12-10T08:00:00Z\", \"reason\": \"Alice is away\"}")
                .andExpect(status().isCreated());
        check(team.bob(), "channel=call").andExpect(jsonPath("$.allowed").value(true));

        clock.setTo(Instant.parse("2026-12-10T09:00:00Z"));
        check(team.manager(), "channel=call&userId=" + bob)
                .andExpect(jsonPath("$.reasons[0].rule").value("EXCLUSIVITY"));
        as(team.bob(), get("/api/v1/thirdparties/" + party + "/contact-check?channel=call"))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePreferredChannelAndWindowWarnButAllow() throws Exception {
        String claire = contact("{\"firstName\": \"Claire\", \"lastName\": \"Lambert\"}");
        send(team.manager(), put("/api/v1/thirdparties/" + party + "/contacts/" + claire + "/contact-policy"), """
                        {"preferredChannel": "EMAIL", "preferredDays": ["TUESDAY", "THURSDAY"],
                         "preferredParts": ["MORNING"], "version": 0}""")
                .andExpect(status().isOk());

        clock.setTo(Instant.parse("2026-12-09T09:00:00Z")); // Wednesday 10:00 in Paris
        check(team.alice(), "channel=call&contactId=" + claire)
                .andExpect(jsonPath("$.allowed").value(true))
                .andExpect(jsonPath("$.reasons[0].rule").value("PREFERRED_CHANNEL"))
                .andExpect(jsonPath("$.reasons[0].effect").value("PREFERENCE"))
                .andExpect(jsonPath("$.reasons[1].rule").value("PREFERRED_WINDOW"))
                .andExpect(jsonPath("$.reasons[1].message", containsString("Thursday")))
                .andExpect(jsonPath("$.reasons[1].until").value("2026-12-10T07:00:00Z"));
    }

    @Test
    void theRecordsLogBoxWarnsInPlaceAndKeepsTheEntry() throws Exception {
        logCall(team.alice(), party);
        String answer = body(as(
                        team.alice(),
                        htmx(post("/thirdparties/" + party + "/log"))
                                .param("type", "VISIT")
                                .param("direction", "OUTBOUND")
                                .param("summary", "Second visit"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"log-warnings\""))));
        assertThat(answer).contains("At least 3 days between two contacts").contains("Second visit");
    }

    @Test
    void planningACallTooSoonWarnsAndPlanningOneForARepWhoMayNotContactIsRefused() throws Exception {
        logCall(team.alice(), party);
        send(team.alice(), post("/api/v1/tasks"), """
                        {"type": "CALL", "thirdpartyId": "%s", "dueDate": "2026-12-09"}""".formatted(party))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.type").value("CALL"))
                .andExpect(jsonPath("$.warnings[0].rule").value("MIN_DAYS_BETWEEN"))
                .andExpect(jsonPath("$.warnings[0].message", containsString("Allowed from Fri Dec 11, 2026")));
        send(team.alice(), post("/api/v1/tasks"), """
                        {"type": "CALL", "thirdpartyId": "%s", "dueDate": "2026-12-11"}""".formatted(party))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.warnings", hasSize(0)));

        String bob = team.bob().userId().toString();
        send(team.manager(), post("/api/v1/tasks"), """
                        {"type": "VISIT", "thirdpartyId": "%s", "dueDate": "2026-12-11", "assigneeId": "%s"}""".formatted(party, bob))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Contact refused"))
                .andExpect(jsonPath("$.reasons[0].rule").value("EXCLUSIVITY"))
                .andExpect(jsonPath("$.detail", containsString("Bob may not contact this third party")));
        // a to-do is no contact
        send(team.manager(), post("/api/v1/tasks"), """
                        {"type": "TODO", "thirdpartyId": "%s", "dueDate": "2026-12-11", "assigneeId": "%s"}""".formatted(party, bob)).andExpect(status().isCreated());
        String call = JsonPath.read(
                body(send(team.manager(), post("/api/v1/tasks"), """
                                {"type": "CALL", "thirdpartyId": "%s", "dueDate": "2026-12-11"}""".formatted(party))
                        .andExpect(status().isCreated())),
                "$.id");
        send(
                        team.manager(),
                        post("/api/v1/tasks/" + call + "/reassign"),
                        "{\"assigneeId\": \"" + bob + "\", \"version\": 0}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.reasons[0].rule").value("EXCLUSIVITY"));
    }

    @Test
    void theRecordsNewTaskBoxWarnsInPlaceAndRefusesARepWhoMayNotContact() throws Exception {
        logCall(team.alice(), party);
        String answer = body(as(
                        team.alice(),
                        htmx(post("/thirdparties/" + party + "/tasks"))
                                .param("type", "CALL")
                                .param("dueDate", "2026-12-09"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"task-warnings\""))));
        assertThat(answer).contains("At least 3 days between two contacts");

        String refused = body(as(
                        team.manager(),
                        htmx(post("/thirdparties/" + party + "/tasks"))
                                .param("type", "VISIT")
                                .param("dueDate", "2026-12-11")
                                .param("assigneeId", team.bob().userId().toString()))
                .andExpect(status().isOk()));
        assertThat(refused).contains("Bob may not contact this third party").doesNotContain("id=\"task-warnings\"");
    }

    String contact(String json) throws Exception {
        return JsonPath.read(
                body(send(team.alice(), post("/api/v1/thirdparties/" + party + "/contacts"), json)
                        .andExpect(status().isCreated())),
                "$.id");
    }
}

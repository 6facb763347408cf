package io.relance.followup.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.history.HistoryEvent;
import io.relance.history.HistoryManagement;
import io.relance.history.Target;
import io.relance.messaging.MailTest;
import io.relance.messaging.Smtp;
import io.relance.messaging.outbox.MailEntryTypes;
import io.relance.messaging.outbox.OutboxDelivery;
import io.relance.party.ProspectStatus;
import io.relance.party.ThirdPartyFixture;
import io.relance.shared.AdjustableClock;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import io.relance.workspace.WorkspaceFixture.Team;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Sending through Relance under the contact rules (GreenMail as the SMTP server, Paris, from Tuesday 8 December 2026
 * at 10:00): an e-mail that breaks a hold is HELD until the rules allow it, then the delivery job sends it; a manager
 * sends a held one at once with a reason recorded on the timeline; do not contact refuses the send outright (403,
 * nothing queued, the quote left as it was), and so does exclusivity once the sender no longer owns the third party.
 */
@TestPropertySource(properties = "relance.contact-rules.hold-sends=true")
class ContactRulesSendingIntegrationTests extends MailTest {

    static final Instant TUESDAY_10AM = Instant.parse("2026-12-08T09:00:00Z");

    static final String LINES = """
            [{"description": "Carrelage", "quantity": 3, "unit": "m²", "unitPrice": 100.00, "taxRate": 20}]""";

    @Autowired
    ThirdPartyFixture thirdParties;

    @Autowired
    AdjustableClock clock;

    @Autowired
    OutboxDelivery delivery;

    @Autowired
    HistoryManagement history;

    Team team;
    String party;

    @BeforeEach
    void aliceOwnsAProspectWithAnAddress() {
        clock.setTo(TUESDAY_10AM);
        team = workspaces.team();
        party = thirdParties
                .of(team.alice())
                .named("Famille Lambert")
                .withEmail("famille@lambert.test")
                .createId();
    }

    String quoteFor(String thirdParty) throws Exception {
        return JsonPath.read(
                body(send(
                                team.alice(),
                                post("/api/v1/quotes"),
                                "{\"thirdpartyId\": \"" + thirdParty + "\", \"lines\": " + LINES + "}")
                        .andExpect(status().isCreated())),
                "$.id");
    }

    /** Alice sends the quote by e-mail; the id of the e-mail. */
    String sendQuote(String quote) throws Exception {
        return JsonPath.read(
                body(send(team.alice(), post("/api/v1/quotes/" + quote + "/send"), "{}")
                        .andExpect(status().isOk())),
                "$.mailId");
    }

    void calledThisMorning() throws Exception {
        send(team.alice(), post("/api/v1/thirdparties/" + party + "/history"), """
                        {"type": "CALL", "direction": "OUTBOUND", "summary": "Called"}""")
                .andExpect(status().isCreated());
    }

    List<HistoryEvent> mailEntries() {
        return history.timeline(
                        team.acme().id().value(),
                        Target.thirdParty(UUID.fromString(party)),
                        Set.of(
                                MailEntryTypes.HELD,
                                MailEntryTypes.RELEASED,
                                MailEntryTypes.SENT,
                                MailEntryTypes.FAILED),
                        PageRequest.of(50, null))
                .items();
    }

    @Test
    void anEmailTooSoonAfterACallIsHeldUntilAllowedThenTheJobSendsIt() throws Exception {
        calledThisMorning();
        String mail = sendQuote(quoteFor(party));

        as(team.alice(), get("/api/v1/outbox/" + mail))
                .andExpect(jsonPath("$.state").value("HELD"))
                .andExpect(jsonPath("$.nextAttemptAt").value("2026-12-11T07:00:00Z"))
                .andExpect(jsonPath("$.heldReason", containsString("At least 3 days between two contacts")));
        assertThat(delivery.run(team.acme().id())).isZero();
        assertThat(Smtp.receivedBy("famille@lambert.test")).isEmpty();
        assertThat(mailEntries()).extracting(HistoryEvent::kind).containsExactly(MailEntryTypes.HELD);

        clock.setTo(Instant.parse("2026-12-10T20:00:00Z")); // Thursday evening: not yet
        assertThat(delivery.run(team.acme().id())).isZero();
        clock.setTo(Instant.parse("2026-12-11T07:05:00Z")); // Friday 08:05 in Paris
        assertThat(delivery.run(team.acme().id())).isEqualTo(1);
        assertThat(Smtp.receivedBy("famille@lambert.test")).hasSize(1);
        as(team.alice(), get("/api/v1/outbox/" + mail))
                .andExpect(jsonPath("$.state").value("SENT"));
        // the e-mail sent is an outbound contact in its turn
        as(team.alice(), get("/api/v1/thirdparties/" + party + "/contact-check?channel=call"))
                .andExpect(jsonPath("$.reasons[0].rule").value("MIN_DAYS_BETWEEN"))
                .andExpect(jsonPath("$.allowedFrom").value("2026-12-14T07:00:00Z"));
    }

    @Test
    void anEmailOutsideTheContactHoursWaitsForTheMorning() throws Exception {
        clock.setTo(Instant.parse("2026-12-08T21:00:00Z")); // 22:00 in Paris
        String mail = sendQuote(quoteFor(party));

        as(team.alice(), get("/api/v1/outbox/" + mail))
                .andExpect(jsonPath("$.state").value("HELD"))
                .andExpect(jsonPath("$.nextAttemptAt").value("2026-12-09T07:00:00Z"));
        clock.setTo(Instant.parse("2026-12-09T07:00:00Z"));
        assertThat(delivery.run(team.acme().id())).isEqualTo(1);
    }

    @Test
    void aManagerSendsAHeldEmailAtOnceWithAReasonRecordedOnTheTimeline() throws Exception {
        calledThisMorning();
        String mail = sendQuote(quoteFor(party));
        long version = ((Number) JsonPath.read(body(as(team.alice(), get("/api/v1/outbox/" + mail))), "$.version"))
                .longValue();
        String url = "/api/v1/outbox/" + mail + "/release";

        send(team.alice(), post(url), "{\"reason\": \"I promised it\", \"version\": " + version + "}")
                .andExpect(status().isForbidden());
        send(team.manager(), post(url), "{\"version\": " + version + "}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        send(team.manager(), post(url), "{\"reason\": \"The client asked for it today\", \"version\": " + version + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("QUEUED"))
                .andExpect(
                        jsonPath("$.releasedBy").value(team.manager().userId().toString()))
                .andExpect(jsonPath("$.releaseReason").value("The client asked for it today"));
        send(team.manager(), post(url), "{\"reason\": \"Again\", \"version\": " + (version + 1) + "}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("state"));

        assertThat(delivery.run(team.acme().id())).isEqualTo(1);
        assertThat(Smtp.receivedBy("famille@lambert.test")).hasSize(1);
        HistoryEvent released = mailEntries().stream()
                .filter(e -> e.kind().equals(MailEntryTypes.RELEASED))
                .findFirst()
                .orElseThrow();
        assertThat(released.summary()).isEqualTo("The client asked for it today");
        assertThat(released.actorId()).isEqualTo(team.manager().userId().value());
    }

    @Test
    void theHeldEmailsPageListsThemForManagersWhoSendOneWithAReasonSaidBesideItsField() throws Exception {
        calledThisMorning();
        String quote = quoteFor(party);
        String mail = sendQuote(quote);

        String page = body(as(team.manager(), get("/outbox/held")).andExpect(status().isOk()));
        assertThat(page)
                .contains("id=\"held-" + mail + "\"", "famille@lambert.test", "At least 3 days between two contacts")
                .contains("href=\"/quotes/" + quote + "\"", "href=\"/outbox/held\"");
        as(team.manager(), get("/api/v1/outbox?state=HELD"))
                .andExpect(jsonPath("$.items[0].id").value(mail));
        // a rep neither reads the list nor sends one at once; another workspace finds nothing to send
        as(team.alice(), get("/outbox/held")).andExpect(status().isForbidden());
        as(team.alice(), get("/api/v1/outbox?state=HELD")).andExpect(status().isForbidden());
        as(
                        team.alice(),
                        post("/outbox/" + mail + "/release")
                                .param("reason", "Now")
                                .param("version", "0"))
                .andExpect(status().isForbidden());
        RelanceUser stranger = workspaces.create("Other").admin();
        assertThat(body(as(stranger, get("/outbox/held")))).doesNotContain(mail);
        as(stranger, post("/outbox/" + mail + "/release").param("reason", "Now").param("version", "0"))
                .andExpect(status().isNotFound());

        // no reason: said beside the field, nothing sent
        String refused =
                body(as(team.manager(), post("/outbox/" + mail + "/release").param("version", "0"))
                        .andExpect(status().isOk()));
        assertThat(refused).contains("id=\"held-" + mail + "-reason-error\"", "is-invalid");
        as(team.alice(), get("/api/v1/outbox/" + mail))
                .andExpect(jsonPath("$.state").value("HELD"));

        as(
                        team.manager(),
                        post("/outbox/" + mail + "/release")
                                .param("reason", "The client asked for it today")
                                .param("version", "0"))
                .andExpect(redirectedUrl("/outbox/held"))
                .andExpect(flash().attributeExists("flash"));
        as(team.alice(), get("/api/v1/outbox/" + mail))
                .andExpect(jsonPath("$.state").value("QUEUED"))
                .andExpect(jsonPath("$.releaseReason").value("The client asked for it today"));
        assertThat(body(as(team.manager(), get("/outbox/held")))).contains("No e-mail is held.");
    }

    @Test
    void doNotContactRefusesTheSendOutrightAndNoManagerOverridesIt() throws Exception {
        String refused = thirdParties
                .of(team.alice())
                .named("Jamais Plus")
                .withEmail("jamais@plus.test")
                .status(ProspectStatus.DO_NOT_CONTACT)
                .createId();
        String quote = quoteFor(refused);

        send(team.alice(), post("/api/v1/quotes/" + quote + "/send"), "{}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.reasons", containsString("must not be contacted")));
        as(team.alice(), get("/api/v1/quotes/" + quote))
                .andExpect(jsonPath("$.status").value("DRAFT"));
        as(team.acme().admin(), get("/api/v1/outbox"))
                .andExpect(jsonPath("$.items").isEmpty());
    }

    @Test
    void aHeldEmailIsRefusedWhenItsTimeComesIfTheSenderNoLongerOwnsTheThirdParty() throws Exception {
        calledThisMorning();
        String mail = sendQuote(quoteFor(party));
        long tpVersion = ((Number)
                        JsonPath.read(body(as(team.manager(), get("/api/v1/thirdparties/" + party))), "$.version"))
                .longValue();
        send(
                        team.manager(),
                        put("/api/v1/thirdparties/" + party + "/owner"),
                        "{\"ownerId\": \"" + team.bob().userId() + "\", \"version\": " + tpVersion + "}")
                .andExpect(status().isOk());

        clock.setTo(Instant.parse("2026-12-11T07:05:00Z"));
        assertThat(delivery.run(team.acme().id())).isZero();
        as(team.acme().admin(), get("/api/v1/outbox/" + mail))
                .andExpect(jsonPath("$.state").value("FAILED"))
                .andExpect(jsonPath("$.lastError", containsString("may not contact this third party")));
        assertThat(Smtp.receivedBy("famille@lambert.test")).isEmpty();
    }
}

package io.relance.object;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.messaging.MailTest;
import io.relance.party.ProspectStatus;
import io.relance.party.ThirdPartyFixture;
import io.relance.shared.RelanceUser;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * {@code POST /api/v1/objects/{id}/write-to-matches}: the e-mail through the outbox and its contact rules, the offer
 * recorded ("already offered"), {@link MatchesWritten} published; profiles that do not match or are out of reach.
 */
@RecordApplicationEvents
@TestPropertySource(properties = "relance.contact-rules.hold-sends=true")
class WriteToMatchesIntegrationTests extends MailTest {

    @Autowired
    ObjectFixture objects;

    @Autowired
    ThirdPartyFixture thirdParties;

    @Autowired
    ApplicationEvents events;

    @Autowired
    io.relance.shared.AdjustableClock clock;

    @org.junit.jupiter.api.BeforeEach
    void onATuesdayMorning() {
        clock.setTo(java.time.Instant.parse("2026-12-08T09:00:00Z"));
    }

    String profile(RelanceUser who, String thirdParty, String criteria) throws Exception {
        String json = "{\"thirdpartyId\": \"" + thirdParty + "\"" + (criteria.isBlank() ? "" : ", " + criteria) + "}";
        return JsonPath.read(
                body(send(who, post("/api/v1/search-profiles"), json).andExpect(status().isCreated())), "$.id");
    }

    @Test
    void theMatchingBuyersAreWrittenToAndCountAsAlreadyOffered() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser admin = acme.admin();
        String object = objects.object(admin, "APT-9", "Loft", Map.of("price", 250000, "city", "Lyon"))
                .id()
                .toString();
        String claire = thirdParties
                .of(admin)
                .named("Claire Martin")
                .withEmail("claire@example.com")
                .createId();
        String blocked = thirdParties
                .of(admin)
                .named("Do not")
                .withEmail("no@example.com")
                .status(ProspectStatus.DO_NOT_CONTACT)
                .createId();
        String silent = thirdParties.of(admin).named("No mail").createId();
        String elsewhere = thirdParties
                .of(admin)
                .named("Nantes")
                .withEmail("n@example.com")
                .createId();
        String p1 = profile(admin, claire, "\"places\": [\"Lyon\"]");
        String p2 = profile(admin, blocked, "");
        String p3 = profile(admin, silent, "");
        String p4 = profile(admin, elsewhere, "\"places\": [\"Nantes\"]");

        String w = "/api/v1/objects/" + object + "/write-to-matches";
        sendRefused(admin, post(w), "{\"searchProfileIds\": [\"" + p1 + "\", \"" + p4 + "\"]}", "searchProfileIds");
        sendRefused(admin, post(w), "{\"searchProfileIds\": []}", "searchProfileIds");
        sendRefused(
                admin,
                post(w),
                "{\"searchProfileIds\": [\"" + p1 + "\"], \"templateId\": \"quote.send\"}",
                "templateId");

        send(
                        admin,
                        post(w),
                        "{\"searchProfileIds\": [\"%s\", \"%s\", \"%s\"], \"templateId\": \"object.matches\"}"
                                .formatted(p1, p2, p3))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].outcome", contains("QUEUED", "REFUSED", "NO_EMAIL")))
                .andExpect(jsonPath("$.items[0].mailId").isNotEmpty())
                .andExpect(jsonPath("$.items[1].reasons").isNotEmpty());

        send(admin, get("/api/v1/objects/" + object + "/matches"), "")
                .andExpect(jsonPath("$.items[?(@.searchProfileId == '" + p1 + "')].alreadyOffered", contains(true)))
                .andExpect(jsonPath("$.items[?(@.searchProfileId == '" + p2 + "')].alreadyOffered", contains(false)));
        assertThat(events.stream(MatchesWritten.class)).singleElement().satisfies(e -> {
            assertThat(e.objectId().toString()).isEqualTo(object);
            assertThat(e.recipients().get(0).thirdPartyId().toString()).isEqualTo(claire);
        });
        String subject = read(admin, "/api/v1/outbox", "$.items[0].subject");
        assertThat(subject).contains("Loft", "APT-9");

        // the object's page lists the matching buyers, the offered one marked, and writes to the ticked ones
        String page = body(as(admin, get("/objects/" + object)));
        org.assertj.core.api.Assertions.assertThat(page)
                .contains("Claire Martin", "Already offered", "id=\"write-to-matches\"")
                .doesNotContain("Nantes");
        as(admin, form(post("/objects/" + object + "/write-to-matches"), "searchProfileIds=" + p3))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attributeExists("flash"));

        RelanceUser stranger = workspaces.create("Globex").admin();
        as(stranger, form(post("/objects/" + object + "/write-to-matches"), "searchProfileIds=" + p1))
                .andExpect(status().isNotFound());
        send(stranger, post(w), "{\"searchProfileIds\": [\"" + p1 + "\"]}").andExpect(status().isNotFound());
    }
}

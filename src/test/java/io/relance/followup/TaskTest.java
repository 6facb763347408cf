package io.relance.followup;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.party.PageTest;
import io.relance.party.ThirdPartyId;
import io.relance.party.contact.ContactFormFixture;
import io.relance.shared.AdjustableClock;
import io.relance.shared.RelanceUser;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the tests of tasks share: {@link PageTest}'s requests, workspaces and third parties, the clock set on
 * Wednesday 10 March 2027, 09:00 in Paris (the fixtures' workspaces' zone), and tasks planned through the API.
 */
public abstract class TaskTest extends PageTest {

    /** Wednesday 10 March 2027, 10:00 in Paris. */
    protected static final Instant NOW = Instant.parse("2027-03-10T09:00:00Z");

    protected static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

    @Autowired
    protected AdjustableClock clock;

    @Autowired
    protected FollowUpTasks followUp;

    @BeforeEach
    void onAWednesdayMorning() {
        clock.setTo(NOW);
    }

    /** A third party owned by {@code owner}, with a phone; its id. */
    protected ThirdPartyId party(RelanceUser owner, String name) {
        return new ThirdPartyId(
                thirdParties.of(owner).named(name).withPhone("04 72 00 00 01").createUuid());
    }

    /** A contact of the third party, with a mobile; its id. */
    protected UUID contact(RelanceUser who, ThirdPartyId party, String lastName) {
        return contactManagement
                .addContact(who, party, ContactFormFixture.withMobile("Jeanne", lastName, "06 12 34 56 78"))
                .id();
    }

    /** A task planned through the API as {@code who} (JSON fields besides thirdpartyId); its id. */
    protected String plan(RelanceUser who, ThirdPartyId party, String fields) throws Exception {
        String answer = body(send(
                        who,
                        post("/api/v1/tasks"),
                        "{\"thirdpartyId\": \"" + party + "\"" + (fields.isBlank() ? "" : ", " + fields) + "}")
                .andExpect(status().isCreated()));
        return JsonPath.read(answer, "$.id");
    }

    /** A call task due on {@code due}, planned as {@code who}; its id. */
    protected String call(RelanceUser who, ThirdPartyId party, LocalDate due) throws Exception {
        return plan(who, party, "\"type\": \"call\", \"dueDate\": \"" + due + "\"");
    }

    /** A call planned while the clock was {@code daysAgo} days earlier, due then: overdue now. */
    protected String overdueCall(RelanceUser who, ThirdPartyId party, int daysAgo) throws Exception {
        clock.setTo(NOW.minus(java.time.Duration.ofDays(daysAgo)));
        try {
            return call(who, party, TODAY.minusDays(daysAgo));
        } finally {
            clock.setTo(NOW);
        }
    }
}

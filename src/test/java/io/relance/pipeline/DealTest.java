package io.relance.pipeline;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.party.PageTest;
import io.relance.party.ThirdPartyId;
import io.relance.party.contact.ContactFormFixture;
import io.relance.shared.AdjustableClock;
import io.relance.shared.RelanceUser;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the tests of deals share: {@link PageTest}'s requests, workspaces and third parties, the clock on Wednesday 10
 * March 2027, 10:00 in Paris, and deals opened, moved and acted on through the API.
 */
public abstract class DealTest extends PageTest {

    protected static final Instant NOW = Instant.parse("2027-03-10T09:00:00Z");

    @Autowired
    protected AdjustableClock clock;

    @Autowired
    protected Deals deals;

    @BeforeEach
    void onAWednesdayMorning() {
        clock.setTo(NOW);
    }

    /** A third party owned by {@code owner}; its id. */
    protected ThirdPartyId party(RelanceUser owner, String name) {
        return new ThirdPartyId(thirdParties.of(owner).named(name).createUuid());
    }

    /** A contact of the third party; its id. */
    protected UUID contact(RelanceUser who, ThirdPartyId party, String lastName) {
        return contactManagement
                .addContact(who, party, ContactFormFixture.withMobile("Jeanne", lastName, "06 12 34 56 78"))
                .id();
    }

    /** A deal opened through the API as {@code who} in a pipeline (other JSON fields optional); its id. */
    protected String deal(RelanceUser who, String pipeline, ThirdPartyId party, String fields) throws Exception {
        String answer = body(send(
                        who,
                        post("/api/v1/deals"),
                        "{\"pipeline\": \"" + pipeline + "\", \"thirdpartyId\": \"" + party + "\""
                                + (fields.isBlank() ? "" : ", " + fields) + "}")
                .andExpect(status().isCreated()));
        return JsonPath.read(answer, "$.id");
    }

    /** A sale deal; its id. */
    protected String sale(RelanceUser who, ThirdPartyId party) throws Exception {
        return deal(who, "sale", party, "");
    }

    /** Logs an action of this type on the deal (other JSON fields optional); the deal's phase afterwards. */
    protected String act(RelanceUser who, String deal, String type, String fields) throws Exception {
        String answer = body(send(
                        who,
                        post("/api/v1/deals/" + deal + "/actions"),
                        "{\"type\": \"" + type + "\"" + (fields.isBlank() ? "" : ", " + fields) + "}")
                .andExpect(status().isCreated()));
        return JsonPath.read(answer, "$.phase");
    }

    /** Moves the deal by hand; its phase afterwards. */
    protected String move(RelanceUser who, String deal, String phase, String note) throws Exception {
        String answer = body(send(
                        who,
                        post("/api/v1/deals/" + deal + "/move"),
                        "{\"phase\": \"" + phase + "\"" + (note == null ? "" : ", \"note\": \"" + note + "\"") + "}")
                .andExpect(status().isOk()));
        return JsonPath.read(answer, "$.phase");
    }

    /** The kinds of the deal's timeline entries, newest first. */
    protected List<String> historyKinds(RelanceUser who, String deal) throws Exception {
        return read(who, "/api/v1/deals/" + deal + "/history", "$.items[*].kind");
    }
}

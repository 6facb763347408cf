package io.relance.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.history.HistoryManagement;
import io.relance.history.Target;
import io.relance.party.ThirdPartyId;
import io.relance.party.ThirdPartyLookup;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code /api/v1/inquiries}: matching by e-mail then phone, a new contact (source INQUIRY), the inbox, processing. */
class InquiryApiIntegrationTests extends InquiryTest {

    @Autowired
    HistoryManagement history;

    @Autowired
    ThirdPartyLookup thirdParties;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anUnknownPersonBecomesAThirdPartyAndContactFromTheInquiryWithItsTextOnTheTimeline() throws Exception {
        RelanceUser rep = workspaces.rep();
        String answer = inquire(rep, """
                {"email": " Marie.Lambert@Example.test ", "firstName": "Marie", "lastName": "Lambert",
                 "phone": "06 12 34 56 78", "message": "Is the flat still available?\\nWe could visit on Saturday.",
                 "source": "ImmoScout24"}""");
        assertThat((String) JsonPath.read(answer, "$.status")).isEqualTo("MATCHED");
        assertThat((String) JsonPath.read(answer, "$.email")).isEqualTo("marie.lambert@example.test");
        assertThat((Boolean) JsonPath.read(answer, "$.contactCreated")).isTrue();
        ThirdPartyId tp = new ThirdPartyId(UUID.fromString(JsonPath.read(answer, "$.thirdpartyId")));
        var summary = thirdParties.find(rep.workspaceId(), tp).orElseThrow();
        assertThat(summary.name()).isEqualTo("Marie Lambert");
        assertThat(jdbc.sql("SELECT source FROM third_parties WHERE workspace_id = ? AND id = ?")
                        .params(rep.workspaceId().value(), tp.value())
                        .query(String.class)
                        .single())
                .isEqualTo("INQUIRY");
        assertThat(thirdParties.contacts(rep.workspaceId(), tp)).singleElement().satisfies(c -> {
            assertThat(c.id().toString()).isEqualTo(JsonPath.read(answer, "$.contactId"));
            assertThat(c.email()).isEqualTo("marie.lambert@example.test");
            assertThat(c.phoneE164()).isEqualTo("+33612345678");
        });
        assertThat(history.timeline(
                                rep.workspaceId().value(),
                                Target.thirdParty(tp.value()),
                                Set.of("inquiry.received"),
                                PageRequest.of(10, null))
                        .items())
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.snapshot()).containsEntry("source", "ImmoScout24");
                    assertThat((String) e.snapshot().get("message")).startsWith("Is the flat still available?");
                });
        assertThat(pageAs(rep, "/thirdparties/" + tp)).contains("Inquiry received", "Is the flat still available?");
    }

    @Test
    void anInquiryIsMatchedToItsObjectByReferenceAndShowsOnTheObjectsTimeline() throws Exception {
        RelanceUser rep = workspaces.rep();
        String flat = object(rep, "PAR-0012");
        String answer = inquire(rep, "{\"objectReference\": \"par-0012\", \"email\": \"buyer@example.test\"}");
        assertThat((String) JsonPath.read(answer, "$.status")).isEqualTo("MATCHED");
        assertThat((String) JsonPath.read(answer, "$.objectId")).isEqualTo(flat);
        assertThat(history.timeline(
                                rep.workspaceId().value(),
                                new Target("SALES_OBJECT", UUID.fromString(flat)),
                                Set.of("inquiry.received"),
                                PageRequest.of(10, null))
                        .items())
                .singleElement()
                .satisfies(e -> assertThat(e.snapshot()).containsEntry("objectReference", "par-0012"));
        send(rep, get("/api/v1/deals?objectId=" + flat), "")
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].phase").value("inquiry-received"))
                .andExpect(jsonPath("$.items[0].contactId").value((String) JsonPath.read(answer, "$.contactId")));
        RelanceUser stranger = workspaces.rep();
        assertThat((String) JsonPath.read(
                        inquire(stranger, "{\"objectReference\": \"PAR-0012\", \"email\": \"b@example.test\"}"),
                        "$.status"))
                .as("another workspace's object is not found")
                .isEqualTo("UNMATCHED");
    }

    @Test
    void anExistingContactIsFoundByEMailWhateverItsCaseThenByPhone() throws Exception {
        RelanceUser rep = workspaces.rep();
        String byEmail = contact(rep, "Famille Riou", "Riou", "anne.riou@example.test", null);
        String byPhone = contact(rep, "Famille Morel", "Morel", null, "+33 6 98 76 54 32");

        String first = inquire(rep, "{\"email\": \"ANNE.RIOU@example.test\", \"phone\": \"0698765432\"}");
        assertThat((String) JsonPath.read(first, "$.contactId"))
                .as("the e-mail first")
                .isEqualTo(byEmail);
        assertThat((Boolean) JsonPath.read(first, "$.contactCreated")).isFalse();

        String second = inquire(rep, "{\"email\": \"someone.new@example.test\", \"phone\": \"06 98 76 54 32\"}");
        assertThat((String) JsonPath.read(second, "$.status")).isEqualTo("MATCHED");
        assertThat((String) JsonPath.read(second, "$.contactId"))
                .as("then the phone")
                .isEqualTo(byPhone);
    }

    @Test
    void anAmbiguousContactOrAnUnknownReferenceWaitsInTheInboxUntilAPersonProcessesIt() throws Exception {
        RelanceUser rep = workspaces.rep();
        contact(rep, "Dupont SARL", "Dupont", "dupont@example.test", null);
        String other = contact(rep, "Dupont et fils", "Dupont", "dupont@example.test", null);
        long before = count(rep);

        String ambiguous = inquire(rep, "{\"email\": \"dupont@example.test\", \"message\": \"Hello\"}");
        assertThat((String) JsonPath.read(ambiguous, "$.status")).isEqualTo("UNMATCHED");
        assertThat((List<String>) JsonPath.read(ambiguous, "$.unmatchedReasons"))
                .containsExactly("CONTACT_AMBIGUOUS");
        String noObject = inquire(rep, "{\"email\": \"new@example.test\", \"objectReference\": \"A-404\"}");
        assertThat((List<String>) JsonPath.read(noObject, "$.unmatchedReasons")).containsExactly("OBJECT_NOT_FOUND");
        assertThat(count(rep)).as("nothing made before a person decides").isEqualTo(before);
        inquire(rep, "{\"email\": \"matched@example.test\"}");

        send(rep, get("/api/v1/inquiries?status=unmatched"), "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].id").value((String) JsonPath.read(noObject, "$.id")));

        String id = JsonPath.read(ambiguous, "$.id");
        sendRefused(rep, post("/api/v1/inquiries/" + id + "/process"), "{\"contactId\": \"" + other + "\"}", "version");
        sendRefused(
                rep,
                post("/api/v1/inquiries/" + id + "/process"),
                "{\"contactId\": \"" + UUID.randomUUID() + "\", \"version\": 0}",
                "contactId");
        sendRefused(
                rep,
                post("/api/v1/inquiries/" + id + "/process"),
                "{\"objectReference\": \"A-404\", \"contactId\": \"" + other + "\", \"version\": 0}",
                "objectReference");
        send(rep, post("/api/v1/inquiries/" + id + "/process"), "{\"contactId\": \"" + other + "\", \"version\": 0}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PROCESSED"))
                .andExpect(jsonPath("$.contactId").value(other))
                .andExpect(jsonPath("$.processedBy").value(rep.userId().value().toString()));
        send(rep, post("/api/v1/inquiries/" + id + "/process"), "{\"contactId\": \"" + other + "\", \"version\": 1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));

        String noObjectId = JsonPath.read(noObject, "$.id");
        send(rep, post("/api/v1/inquiries/" + noObjectId + "/process"), "{\"version\": 0}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contactCreated").value(true))
                .andExpect(jsonPath("$.objectId").doesNotExist());
        assertThat(count(rep)).isEqualTo(before + 2);
        send(rep, get("/api/v1/inquiries?status=unmatched"), "")
                .andExpect(jsonPath("$.items.length()").value(0));
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsWritten() throws Exception {
        RelanceUser rep = workspaces.rep();
        sendRefused(rep, post("/api/v1/inquiries"), "{\"message\": \"Hello\"}", "email");
        sendRefused(rep, post("/api/v1/inquiries"), "{\"email\": \"not-an-address\"}", "email");
        sendRefused(rep, post("/api/v1/inquiries"), "{\"phone\": \"12\"}", "phone");
        sendRefused(rep, post("/api/v1/inquiries"), "{\"email\": \"a@b.test\", \"language\": \"xx\"}", "language");
        sendRefused(
                rep,
                post("/api/v1/inquiries"),
                "{\"email\": \"a@b.test\", \"message\": \"" + "x".repeat(10_001) + "\"}",
                "message");
        sendRefused(
                rep,
                post("/api/v1/inquiries"),
                "{\"email\": \"a@b.test\", \"objectReference\": \"" + "r".repeat(61) + "\"}",
                "objectReference");
        send(rep, post("/api/v1/inquiries"), "{\"email\": \"a@b.test\", \"phone\": \"1\", \"source\": \"\"}")
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("phone"));
        send(rep, get("/api/v1/inquiries"), "")
                .andExpect(jsonPath("$.items.length()").value(0));
        send(rep, get("/api/v1/inquiries?status=lost"), "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyTakesTheInquiryOnce() throws Exception {
        RelanceUser rep = workspaces.rep();
        String json = "{\"email\": \"once@example.test\", \"message\": \"Once\"}";
        String first = body(send(rep, post("/api/v1/inquiries").header("Idempotency-Key", "portal-42"), json)
                .andExpect(status().isCreated()));
        String second = body(send(rep, post("/api/v1/inquiries").header("Idempotency-Key", "portal-42"), json)
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true")));
        assertThat((String) JsonPath.read(second, "$.id")).isEqualTo(JsonPath.read(first, "$.id"));
        send(rep, get("/api/v1/inquiries"), "")
                .andExpect(jsonPath("$.items.length()").value(1));
    }

    @Test
    void anotherWorkspaceGets404() throws Exception {
        RelanceUser rep = workspaces.rep();
        RelanceUser stranger = workspaces.rep();
        String id =
                JsonPath.read(inquire(rep, "{\"email\": \"dupont@example.test\", \"objectReference\": \"X\"}"), "$.id");

        mvc.perform(get("/api/v1/inquiries/" + id).with(user(stranger))).andExpect(status().isNotFound());
        send(stranger, post("/api/v1/inquiries/" + id + "/process"), "{\"version\": 0}")
                .andExpect(status().isNotFound());
        send(stranger, get("/api/v1/inquiries?status=unmatched"), "")
                .andExpect(jsonPath("$.items.length()").value(0));
        mvc.perform(get("/inquiries/" + id).with(user(stranger))).andExpect(status().isNotFound());
        as(stranger, post("/inquiries/" + id + "/process").param("version", "0"))
                .andExpect(status().isNotFound());
        send(rep, get("/api/v1/inquiries/" + id), "")
                .andExpect(jsonPath("$.status").value("UNMATCHED"));
    }

    private long count(RelanceUser who) {
        return jdbc.sql("SELECT COUNT(*) FROM third_parties WHERE workspace_id = ?")
                .params(who.workspaceId().value())
                .query(Long.class)
                .single();
    }
}

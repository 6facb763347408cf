package io.relance.object;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.MvcTest;
import io.relance.party.ThirdPartyFixture;
import io.relance.shared.RelanceUser;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Matching: each knock-out criterion, the score, "already offered", both directions
 * ({@code /api/v1/objects/{id}/matches}, {@code /api/v1/search-profiles/{id}/matches}).
 */
class MatchingIntegrationTests extends MvcTest {

    @Autowired
    ObjectFixture objects;

    @Autowired
    ThirdPartyFixture thirdParties;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    String profile(RelanceUser who, String thirdParty, String criteria) throws Exception {
        String json = "{\"thirdpartyId\": \"" + thirdParty + "\"" + (criteria.isBlank() ? "" : ", " + criteria) + "}";
        return JsonPath.read(
                body(send(who, post("/api/v1/search-profiles"), json).andExpect(status().isCreated())), "$.id");
    }

    String flat(RelanceUser who, String reference) {
        return objects.object(
                        who,
                        reference,
                        "Flat " + reference,
                        Map.of(
                                "price",
                                300000,
                                "rooms",
                                4,
                                "area",
                                90,
                                "postalCode",
                                "69003",
                                "city",
                                "Lyon",
                                "customFields",
                                Map.of("balcony", true, "lift", true, "garden", false)))
                .id()
                .toString();
    }

    @Test
    void eachKnockOutCriterionMustHold() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser admin = acme.admin();
        String object = flat(admin, "APT-1");
        String buyer = thirdParties.of(admin).named("Buyer").createId();
        String any = profile(admin, buyer, "");
        String type = profile(admin, buyer, "\"objectType\": \"APARTMENT\", \"places\": [\"lyon\"]");
        String postcode = profile(admin, buyer, "\"places\": [\"69 003\", \"Nantes\"], \"mustHave\": [\"balcony\"]");
        String range =
                profile(admin, buyer, "\"priceMin\": 300000, \"priceMax\": 300000, \"roomsMin\": 4, \"areaMin\": 90");
        String expiresToday = profile(admin, buyer, "\"expiresOn\": \"" + LocalDate.now() + "\"");
        profile(admin, buyer, "\"objectType\": \"HOUSE\"");
        profile(admin, buyer, "\"priceMax\": 299999.99");
        profile(admin, buyer, "\"priceMin\": 300000.01");
        profile(admin, buyer, "\"roomsMin\": 4.5");
        profile(admin, buyer, "\"areaMin\": 90.01");
        profile(admin, buyer, "\"places\": [\"Nantes\", \"44000\"]");
        profile(admin, buyer, "\"mustHave\": [\"balcony\", \"garden\"]");
        profile(admin, buyer, "\"expiresOn\": \"" + LocalDate.now().minusDays(1) + "\"");

        send(admin, get("/api/v1/objects/" + object + "/matches"), "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].searchProfileId")
                        .value(containsInAnyOrder(any, type, postcode, range, expiresToday)))
                .andExpect(jsonPath("$.items[0].thirdpartyName").value("Buyer"))
                .andExpect(jsonPath("$.items[0].alreadyOffered").value(false));
        send(admin, get("/api/v1/search-profiles/" + postcode + "/matches"), "")
                .andExpect(jsonPath("$.items[*].reference", contains("APT-1")))
                .andExpect(jsonPath("$.items[0].price").value(300000.0));

        // only an available object matches
        send(admin, patch("/api/v1/objects/" + object), "{\"status\": \"RESERVED\", \"version\": 0}")
                .andExpect(status().isOk());
        send(admin, get("/api/v1/objects/" + object + "/matches"), "").andExpect(jsonPath("$.items", empty()));
        send(admin, get("/api/v1/search-profiles/" + any + "/matches"), "").andExpect(jsonPath("$.items", empty()));
    }

    @Test
    void theScoreWeighsNiceToHavesPriceRoomsAndArea() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser admin = acme.admin();
        String object = flat(admin, "APT-1");
        String buyer = thirdParties.of(admin).named("Buyer").createId();
        String perfect = profile(admin, buyer, "\"niceToHave\": [\"balcony\"], \"priceMax\": 400000");
        String halfNice = profile(admin, buyer, "\"niceToHave\": [\"balcony\", \"garden\"]");
        String tight = profile(admin, buyer, "\"priceMax\": 310000, \"roomsMin\": 4, \"areaMin\": 90");
        String roomsAlmost = profile(admin, buyer, "\"roomsMin\": 3.5");
        send(admin, get("/api/v1/objects/" + object + "/matches"), "")
                .andExpect(jsonPath("$.items[*].searchProfileId", contains(perfect, roomsAlmost, tight, halfNice)))
                .andExpect(jsonPath("$.items[*].score", contains(100, 96, 78, 75)));
    }

    @Test
    void alreadyOfferedComesAfterTheOthersOnBothSides() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser admin = acme.admin();
        String object = flat(admin, "APT-1");
        String other = flat(admin, "APT-2");
        String offeredTo = thirdParties.of(admin).named("Already").createId();
        String fresh = thirdParties.of(admin).named("Fresh").createId();
        String offeredProfile = profile(admin, offeredTo, "\"niceToHave\": [\"balcony\"]");
        String freshProfile = profile(admin, fresh, "\"niceToHave\": [\"garden\"]");
        jdbc.sql("INSERT INTO object_offers (workspace_id, object_id, third_party_id, offered_by, offered_at)"
                        + " VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP)")
                .params(
                        acme.id().value(),
                        java.util.UUID.fromString(object),
                        java.util.UUID.fromString(offeredTo),
                        admin.userId().value())
                .update();
        send(admin, get("/api/v1/objects/" + object + "/matches"), "")
                .andExpect(jsonPath("$.items[*].searchProfileId", contains(freshProfile, offeredProfile)))
                .andExpect(jsonPath("$.items[*].alreadyOffered", contains(false, true)));
        send(admin, get("/api/v1/search-profiles/" + offeredProfile + "/matches"), "")
                .andExpect(jsonPath("$.items[*].objectId", contains(other, object)))
                .andExpect(jsonPath("$.items[*].alreadyOffered", contains(false, true)));
        send(admin, get("/api/v1/search-profiles/" + offeredProfile + "/matches?limit=1"), "")
                .andExpect(jsonPath("$.items[*].objectId", contains(other)))
                .andExpect(jsonPath("$.nextCursor").isNotEmpty());
    }

    @Test
    void aRepSeesOnlyTheProfilesOfHisThirdPartiesAndBadCriteriaAreFieldErrors() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser alice = acme.rep("Alice");
        RelanceUser bob = acme.rep("Bob");
        String object = flat(alice, "APT-1");
        String alices = thirdParties.of(alice).named("Alice's buyer").createId();
        String bobs = thirdParties.of(bob).named("Bob's buyer").createId();
        String aliceProfile = profile(alice, alices, "");
        String bobProfile = profile(bob, bobs, "");
        send(bob, get("/api/v1/objects/" + object + "/matches"), "")
                .andExpect(jsonPath("$.items[*].searchProfileId", contains(bobProfile)));
        send(bob, get("/api/v1/search-profiles/" + aliceProfile), "").andExpect(status().isNotFound());
        send(bob, get("/api/v1/search-profiles/" + aliceProfile + "/matches"), "")
                .andExpect(status().isNotFound());
        send(bob, patch("/api/v1/search-profiles/" + aliceProfile), "{\"roomsMin\": 2, \"version\": 0}")
                .andExpect(status().isNotFound());
        send(
                        bob,
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                                "/api/v1/search-profiles/" + aliceProfile),
                        "")
                .andExpect(status().isNotFound());
        send(bob, get("/api/v1/search-profiles?thirdpartyId=" + alices), "").andExpect(status().isNotFound());
        sendRefused(bob, post("/api/v1/search-profiles"), "{\"thirdpartyId\": \"" + alices + "\"}", "thirdpartyId");

        send(alice, post("/api/v1/search-profiles"), """
                        {"thirdpartyId": "%s", "contactId": "%s", "objectType": "castle", "priceMin": 5,
                         "priceMax": 4, "roomsMin": "many", "places": "Lyon", "mustHave": ["Not A Key"],
                         "expiresOn": "tomorrow", "colour": 1}""".formatted(alices, java.util.UUID.randomUUID()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(containsInAnyOrder(
                                "objectType", "roomsMin", "mustHave", "expiresOn", "colour", "contactId", "priceMax")));
        send(
                        alice,
                        patch("/api/v1/search-profiles/" + aliceProfile),
                        "{\"roomsMin\": 2, \"places\": [\"Lyon\"], \"version\": 0}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.places", contains("Lyon")))
                .andExpect(jsonPath("$.version").value(1));
        send(alice, patch("/api/v1/search-profiles/" + aliceProfile), "{\"roomsMin\": 3, \"version\": 0}")
                .andExpect(status().isConflict());
        send(alice, get("/api/v1/search-profiles?thirdpartyId=" + alices), "")
                .andExpect(jsonPath("$.items[*].id", contains(aliceProfile)));
    }
}

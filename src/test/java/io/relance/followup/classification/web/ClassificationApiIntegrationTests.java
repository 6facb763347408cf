package io.relance.followup.classification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.followup.FollowUpTasks;
import io.relance.party.PageTest;
import io.relance.party.ThirdPartyId;
import io.relance.shared.AdjustableClock;
import io.relance.shared.RelanceUser;
import io.relance.shared.Role;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code /api/v1/classifications} and {@code POST /api/v1/thirdparties/{id}/classify}: everyone reads, admins
 * edit; a rep classifies what he may see; another workspace gets 404; bad input is a field error and changes
 * nothing.
 */
class ClassificationApiIntegrationTests extends PageTest {

    static final String LIST = "/api/v1/classifications";

    @Autowired
    AdjustableClock clock;

    @Autowired
    FollowUpTasks tasks;

    private static String classify(String thirdParty) {
        return "/api/v1/thirdparties/" + thirdParty + "/classify";
    }

    @Test
    void everyoneReadsTheSixDefaultsInHisLanguage() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser rep = acme.member("Rémi", Role.SALES_REP, "fr");

        send(rep, get(LIST), "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(6)))
                .andExpect(jsonPath("$.items[1].key").value("promising"))
                .andExpect(jsonPath("$.items[1].label").value("Prometteur"))
                .andExpect(jsonPath("$.items[1].labels.de").value("Vielversprechend"))
                .andExpect(jsonPath("$.items[1].delayDays").value(14))
                .andExpect(jsonPath("$.items[1].tags").value(true))
                .andExpect(jsonPath("$.items[5].delayDays").doesNotExist());
        send(rep, get(LIST + "/likely"), "").andExpect(jsonPath("$.icon").value("hand-thumbs-up"));
    }

    @Test
    void aRepClassifiesHisThirdPartyAndReadsItBack() throws Exception {
        clock.setTo(Instant.parse("2026-12-07T08:00:00Z"));
        RelanceUser rep = workspaces.rep();
        String id = thirdParties.of(rep).named("Dupont").createId();

        send(rep, post(classify(id)), "{\"classification\":\"promising\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.classification").value("promising"))
                .andExpect(jsonPath("$.label").value("Promising"))
                .andExpect(jsonPath("$.classifiedBy").value(rep.userId().value().toString()))
                .andExpect(jsonPath("$.nextTask.dueDate").value("2026-12-21"));
        send(rep, get("/api/v1/thirdparties/" + id + "/classification"), "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.classification").value("promising"))
                .andExpect(jsonPath("$.icon").value("star"));
        send(rep, get("/api/v1/thirdparties/" + id), "")
                .andExpect(jsonPath("$.tags[0]").value("Promising"));

        send(rep, post(classify(id)), "{\"classification\":\"not-interested\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nextTask").doesNotExist());
    }

    @Test
    void anUnknownOrMissingClassificationIsAFieldError() throws Exception {
        RelanceUser rep = workspaces.rep();
        String id = thirdParties.of(rep).named("Dupont").createId();

        sendRefused(rep, post(classify(id)), "{\"classification\":\"hot\"}", "classification");
        sendRefused(rep, post(classify(id)), "{}", "classification");
        send(rep, post(classify(id)), "{\"classification\":\"hot\"}")
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentTypeCompatibleWith("application/problem+json"));
        send(rep, get("/api/v1/thirdparties/" + id + "/classification"), "")
                .andExpect(jsonPath("$.classification").doesNotExist());
        assertThat(tasks.openOf(rep.workspaceId(), new ThirdPartyId(UUID.fromString(id))))
                .isEmpty();
    }

    @Test
    void aRepWhoDoesNotOwnTheThirdPartyGets404AndAManagerClassifiesIt() throws Exception {
        var team = workspaces.team();
        String alices = thirdParties.of(team.alice()).named("Dupont").createId();

        send(team.bob(), post(classify(alices)), "{\"classification\":\"likely\"}")
                .andExpect(status().isNotFound());
        send(team.bob(), get("/api/v1/thirdparties/" + alices + "/classification"), "")
                .andExpect(status().isNotFound());
        assertThat(tasks.openOf(team.alice().workspaceId(), new ThirdPartyId(UUID.fromString(alices))))
                .isEmpty();

        send(team.manager(), post(classify(alices)), "{\"classification\":\"likely\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nextTask.assigneeId")
                        .value(team.alice().userId().value().toString()));
    }

    @Test
    void anotherWorkspaceGets404AndSeesNoneOfOurClassifications() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser admin = acme.admin();
        String id = thirdParties.of(admin).named("Secret").createId();
        send(admin, post(LIST), "{\"key\":\"hot\",\"labels\":{\"en\":\"Hot\"},\"icon\":\"fire\",\"delayDays\":2}")
                .andExpect(status().isCreated());
        RelanceUser stranger = workspaces.create("Globex").admin();

        send(stranger, post(classify(id)), "{\"classification\":\"likely\"}").andExpect(status().isNotFound());
        send(stranger, get("/api/v1/thirdparties/" + id + "/classification"), "")
                .andExpect(status().isNotFound());
        send(stranger, get(LIST + "/hot"), "").andExpect(status().isNotFound());
        send(stranger, patch(LIST + "/hot"), "{\"delayDays\":1,\"version\":0}").andExpect(status().isNotFound());
        send(stranger, delete(LIST + "/hot"), "").andExpect(status().isNotFound());
        send(stranger, get(LIST), "").andExpect(jsonPath("$.items", hasSize(6)));
        send(stranger, post(classify("not-an-id")), "{\"classification\":\"likely\"}")
                .andExpect(status().isNotFound());

        send(admin, get(LIST + "/hot"), "").andExpect(jsonPath("$.delayDays").value(2));
        send(admin, get("/api/v1/thirdparties/" + id + "/classification"), "")
                .andExpect(jsonPath("$.classification").doesNotExist());
    }

    @Test
    void onlyAdminsEditTheList() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser rep = acme.rep("Rep");
        RelanceUser manager = acme.manager("Maud");
        String body = "{\"key\":\"hot\",\"labels\":{\"en\":\"Hot\"},\"icon\":\"fire\"}";

        for (RelanceUser who : new RelanceUser[] {rep, manager}) {
            send(who, post(LIST), body).andExpect(status().isForbidden());
            send(who, patch(LIST + "/likely"), "{\"delayDays\":1,\"version\":0}")
                    .andExpect(status().isForbidden());
            send(who, delete(LIST + "/likely"), "").andExpect(status().isForbidden());
        }
        send(acme.admin(), get(LIST + "/likely"), "")
                .andExpect(jsonPath("$.delayDays").value(30));
    }

    @Test
    void anAdminAddsChangesAndDeletesAClassification() throws Exception {
        clock.setTo(Instant.parse("2026-12-07T08:00:00Z"));
        var acme = workspaces.create("Acme");
        RelanceUser admin = acme.admin();
        String id = thirdParties.of(admin).named("Dupont").createId();

        send(
                        admin,
                        post(LIST),
                        "{\"key\":\"hot\",\"labels\":{\"en\":\"Hot\",\"fr\":\"Chaud\"},\"icon\":\"fire\","
                                + "\"tags\":true,\"delayDays\":2}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.labels.fr").value("Chaud"))
                .andExpect(jsonPath("$.labels.de").value("Hot"))
                .andExpect(jsonPath("$.position").value(7))
                .andExpect(jsonPath("$.version").value(0));
        send(admin, post(classify(id)), "{\"classification\":\"hot\"}")
                .andExpect(jsonPath("$.nextTask.dueDate").value("2026-12-09"));

        send(admin, patch(LIST + "/hot"), "{\"delayDays\":null,\"labels\":{\"de\":\"Heiß\"},\"version\":0}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.delayDays").doesNotExist())
                .andExpect(jsonPath("$.labels.de").value("Heiß"))
                .andExpect(jsonPath("$.labels.fr").value("Chaud"))
                .andExpect(jsonPath("$.version").value(1));
        send(admin, patch(LIST + "/hot"), "{\"icon\":\"sun\",\"version\":0}").andExpect(status().isConflict());
        send(admin, post(classify(id)), "{\"classification\":\"hot\"}")
                .andExpect(jsonPath("$.nextTask").doesNotExist());

        send(admin, patch(LIST + "/hot"), "{\"active\":false,\"version\":1}").andExpect(status().isOk());
        sendRefused(admin, post(classify(id)), "{\"classification\":\"hot\"}", "classification");

        send(admin, delete(LIST + "/hot"), "").andExpect(status().isNoContent());
        send(admin, get(LIST + "/hot"), "").andExpect(status().isNotFound());
        send(admin, get(LIST), "").andExpect(jsonPath("$.items", hasSize(6)));
        // a default deleted stays deleted
        send(admin, delete(LIST + "/undecided"), "").andExpect(status().isNoContent());
        send(admin, get(LIST), "").andExpect(jsonPath("$.items", hasSize(5)));
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsWritten() throws Exception {
        RelanceUser admin = workspaces.create("Acme").admin();

        send(
                        admin,
                        post(LIST),
                        "{\"key\":\"Hot Leads\",\"labels\":{\"en\":\"A|B\",\"xx\":\"?\"},\"icon\":\"<b>\","
                                + "\"delayDays\":1000,\"colour\":\"red\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.containsInAnyOrder(
                                "colour", "key", "labels.en", "labels.xx", "icon", "delayDays")));
        sendRefused(admin, post(LIST), "{\"key\":\"hot\",\"icon\":\"fire\"}", "labels.en");
        sendRefused(admin, post(LIST), "{\"key\":\"likely\",\"labels\":{\"en\":\"L\"},\"icon\":\"fire\"}", "key");
        sendRefused(admin, patch(LIST + "/likely"), "{\"delayDays\":3}", "version");
        sendRefused(admin, patch(LIST + "/likely"), "{\"key\":\"other\",\"version\":0}", "key");
        sendRefused(admin, patch(LIST + "/likely"), "{\"delayDays\":\"soon\",\"version\":0}", "delayDays");
        send(admin, get(LIST), "")
                .andExpect(jsonPath("$.items", hasSize(6)))
                .andExpect(jsonPath("$.items[2].delayDays").value(30))
                .andExpect(jsonPath("$.items[2].version").value(0));
    }
}

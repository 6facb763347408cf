package io.relance.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.shared.AdjustableClock;
import io.relance.shared.RelanceUser;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** Numbering, segments and bulk changes through the API. */
class ThirdPartySettingsApiIntegrationTests extends PageTest {

    @Autowired
    AdjustableClock clock;

    @Test
    void aNewMaskNumbersTheNextCreationAndABadOrStaleOneIsRefused() throws Exception {
        clock.setTo(Instant.parse("2026-11-22T10:00:00Z"));
        var acme = workspaces.create("Acme");
        RelanceUser admin = acme.admin();
        mvc.perform(get("/api/v1/settings/numbering").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mask").value("CU{yy}{mm}-{0000}"))
                .andExpect(jsonPath("$.example").value("CU2611-0001"));
        assertThat(thirdParties.of(admin).named("First").create().thirdParty().code())
                .isEqualTo("CU2611-0001");
        long version = ((Number) JsonPath.read(
                        body(mvc.perform(get("/api/v1/settings/numbering").with(user(admin)))), "$.version"))
                .longValue();

        for (String bad : new String[] {"CL-{xx}", "CL-{0000", "CL-{0000}{000}", "CL", "CL-{0000@42}", "C L{0000}"}) {
            send(admin, put("/api/v1/settings/numbering"), "{\"mask\":\"" + bad + "\",\"version\":" + version + "}")
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("mask"))
                    .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
        }
        send(acme.rep("Rep"), put("/api/v1/settings/numbering"), "{\"mask\":\"CL-{0000}\",\"version\":" + version + "}")
                .andExpect(status().isForbidden());

        send(admin, put("/api/v1/settings/numbering"), "{\"mask\":\"CL-{0000+100}\",\"version\":" + version + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mask").value("CL-{0000+100}"))
                .andExpect(jsonPath("$.example").value("CL-0101"));
        send(admin, put("/api/v1/settings/numbering"), "{\"mask\":\"XX-{0000}\",\"version\":" + version + "}")
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/settings/numbering").with(user(admin)))
                .andExpect(jsonPath("$.mask").value("CL-{0000+100}"));
        assertThat(thirdParties.of(admin).named("Second").create().thirdParty().code())
                .isEqualTo("CL-0101");
        assertThat(thirdParties.of(admin).named("Third").create().thirdParty().code())
                .isEqualTo("CL-0102");
        // another workspace keeps its own mask and counters
        RelanceUser other = workspaces.create("Globex").admin();
        assertThat(thirdParties.of(other).named("Theirs").create().thirdParty().code())
                .isEqualTo("CU2611-0001");
    }

    @Test
    void theDefaultMaskNumbersEachMonthFromOne() throws Exception {
        clock.setTo(Instant.parse("2026-11-30T10:00:00Z"));
        RelanceUser admin = workspaces.create("Acme").admin();
        assertThat(thirdParties.of(admin).named("A").create().thirdParty().code())
                .isEqualTo("CU2611-0001");
        assertThat(thirdParties.of(admin).named("B").create().thirdParty().code())
                .isEqualTo("CU2611-0002");
        clock.setTo(Instant.parse("2026-12-01T10:00:00Z"));
        assertThat(thirdParties.of(admin).named("C").create().thirdParty().code())
                .isEqualTo("CU2612-0001");
    }

    @Test
    void aSavedSegmentFiltersTheListAndStaysInItsWorkspace() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser rep = acme.rep("Rep");
        thirdParties
                .of(rep)
                .named("Dupont")
                .tagged("vip")
                .status(ProspectStatus.TO_CONTACT)
                .create();
        thirdParties.of(rep).named("Durand").tagged("vip").create();
        thirdParties.of(rep).named("Martin").withPhone("06 12 34 56 78").create();
        String phone = JsonPath.read(
                body(send(
                                rep,
                                post("/api/v1/segments"),
                                "{\"name\":\"By phone\",\"filter\":{\"q\":\"+33 6 12 34 56 78\"}}")
                        .andExpect(status().isCreated())),
                "$.id");
        mvc.perform(get("/api/v1/thirdparties?segment=" + phone).with(user(rep)))
                .andExpect(jsonPath("$.items[*].name", containsInAnyOrder("Martin")));
        String segment = JsonPath.read(
                body(send(rep, post("/api/v1/segments"), "{\"name\":\"VIP\",\"filter\":{\"tag\":\"vip\"}}")
                        .andExpect(status().isCreated())),
                "$.id");
        mvc.perform(get("/api/v1/segments").with(user(rep)))
                .andExpect(jsonPath("$.items[*].name", containsInAnyOrder("VIP", "By phone")));
        mvc.perform(get("/api/v1/thirdparties?segment=" + segment).with(user(rep)))
                .andExpect(jsonPath("$.items[*].name", containsInAnyOrder("Dupont", "Durand")));
        mvc.perform(get("/api/v1/thirdparties?status=TO_CONTACT&segment=" + segment)
                        .with(user(rep)))
                .andExpect(jsonPath("$.items[*].name", containsInAnyOrder("Dupont")));
        mvc.perform(get("/api/v1/thirdparties/count?segment=" + segment).with(user(rep)))
                .andExpect(jsonPath("$.value").value(2));

        sendRefused(rep, post("/api/v1/segments"), "{\"name\":\"Bad\",\"filter\":{\"status\":\"LOST\"}}", "status");
        sendRefused(rep, post("/api/v1/segments"), "{\"name\":\"\",\"filter\":{}}", "name");
        mvc.perform(get("/api/v1/segments").with(user(rep))).andExpect(jsonPath("$.items", hasSize(2)));

        RelanceUser otherRep = acme.rep("Other");
        mvc.perform(get("/api/v1/thirdparties?segment=" + segment).with(user(otherRep)))
                .andExpect(status().isNotFound());
        RelanceUser stranger = workspaces.create("Globex").admin();
        mvc.perform(get("/api/v1/thirdparties?segment=" + segment).with(user(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/segments/" + segment).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/segments/" + segment).with(user(rep))).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/thirdparties?segment=" + segment).with(user(rep)))
                .andExpect(status().isNotFound());
    }

    @Test
    void bulkChangesSkipWhatIsOutOfReachAndABadValueChangesNothing() throws Exception {
        var team = workspaces.team();
        String mine = thirdParties.of(team.alice()).named("Mine").createId();
        String his = thirdParties.of(team.bob()).named("His").createId();
        String theirs = thirdParties
                .of(workspaces.create("Globex").admin())
                .named("Theirs")
                .createId();
        String ids = "[\"" + mine + "\",\"" + his + "\",\"" + theirs + "\",\"0195f3a0-0000-7000-8000-000000000000\"]";
        send(
                        team.alice(),
                        post("/api/v1/thirdparties/bulk"),
                        "{\"ids\":" + ids + ",\"status\":\"CONTACTED\",\"addTag\":\"hot\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changed").value(1));
        mvc.perform(get("/api/v1/thirdparties/" + mine).with(user(team.alice())))
                .andExpect(jsonPath("$.status").value("CONTACTED"))
                .andExpect(jsonPath("$.tags", containsInAnyOrder("hot")));
        mvc.perform(get("/api/v1/thirdparties/" + his).with(user(team.bob())))
                .andExpect(jsonPath("$.status").value("NEVER_CONTACTED"))
                .andExpect(jsonPath("$.tags", hasSize(0)));

        send(
                        team.alice(),
                        post("/api/v1/thirdparties/bulk"),
                        "{\"ids\":" + ids + ",\"ownerId\":\"" + team.bob().userId() + "\"}")
                .andExpect(status().isForbidden());
        sendRefused(
                team.alice(),
                post("/api/v1/thirdparties/bulk"),
                "{\"ids\":[\"" + mine + "\"],\"potential\":\"galactic\"}",
                "potential");
        send(
                        team.alice(),
                        post("/api/v1/thirdparties/bulk"),
                        "{\"ids\":[\"" + mine + "\"],\"status\":\"TO_CONTACT\",\"potential\":\"galactic\"}")
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/thirdparties/" + mine).with(user(team.alice())))
                .andExpect(jsonPath("$.status").value("CONTACTED"));
        send(team.alice(), post("/api/v1/thirdparties/bulk"), "{\"ids\":[]}").andExpect(status().isBadRequest());
    }
}

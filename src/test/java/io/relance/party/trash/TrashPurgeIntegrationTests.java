package io.relance.party.trash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.party.PageTest;
import io.relance.party.core.ThirdPartyDetails;
import io.relance.shared.AdjustableClock;
import io.relance.shared.RelanceUser;
import io.relance.shared.WorkspaceId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;

/** The trash empties itself: what stayed deleted beyond the restore window is erased for good, nothing else. */
class TrashPurgeIntegrationTests extends PageTest {

    @Autowired
    TrashPurge purge;

    @Autowired
    AdjustableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Value("${relance.data-dir}")
    String dataDir;

    String upload(RelanceUser who, String record, String name) throws Exception {
        byte[] bytes = ("floor plan of " + name).getBytes(StandardCharsets.UTF_8);
        return JsonPath.read(
                body(mvc.perform(multipart(record + "/files")
                                .file(new MockMultipartFile("file", name, "text/plain", bytes))
                                .with(user(who)))
                        .andExpect(status().isCreated())),
                "$.id");
    }

    Path onDisk(WorkspaceId ws, String fileId) {
        return Path.of(dataDir)
                .toAbsolutePath()
                .resolve("files")
                .resolve(ws.value().toString())
                .resolve(fileId);
    }

    long rows(String table, String column, UUID ws, UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE workspace_id = ? AND " + column + " = ?")
                .params(ws, id)
                .query(Long.class)
                .single();
    }

    @Test
    void aThirdPartyLeftInTheTrashBeyondThirtyDaysIsErasedWithEverythingItOwned() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser rep = acme.rep("Rep");
        RelanceUser other = acme.rep("Other");
        defineField(acme.admin(), "{\"key\":\"origin\",\"label\":\"Origin\",\"type\":\"TEXT\"}");
        UUID id = thirdParties
                .of(rep)
                .named("Lambert")
                .tagged("kitchen")
                .custom("origin", "fair")
                .createUuid();
        String t = "/api/v1/thirdparties/" + id;
        send(rep, post(t + "/contacts"), "{\"lastName\":\"Lambert\",\"firstName\":\"Anne\"}")
                .andExpect(status().isCreated());
        send(rep, post(t + "/history"), "{\"type\":\"CALL\",\"direction\":\"OUTBOUND\",\"summary\":\"Quote sent\"}")
                .andExpect(status().isCreated());
        send(
                        acme.manager("Boss"),
                        post(t + "/exceptions"),
                        "{\"userId\":\"" + other.userId().value() + "\",\"endsAt\":\""
                                + clock.instant().plus(Duration.ofDays(90)) + "\",\"reason\":\"holidays\"}")
                .andExpect(status().isCreated());
        String file = upload(rep, t, "plan.txt");
        assertThat(onDisk(acme.id(), file)).exists();

        mvc.perform(delete(t).with(user(rep))).andExpect(status().isNoContent());
        clock.advance(Duration.ofDays(30).minusMinutes(1));
        purge.run();
        assertThat(rows("third_parties", "id", acme.id().value(), id)).isOne();

        clock.advance(Duration.ofMinutes(2));
        // (the count may include what earlier tests left in the shared test database)
        assertThat(purge.run()).isGreaterThanOrEqualTo(1);

        UUID ws = acme.id().value();
        assertThat(rows("third_parties", "id", ws, id)).isZero();
        for (String table :
                new String[] {"third_party_tags", "custom_field_values", "contacts", "ownership_exceptions"}) {
            assertThat(rows(table, "third_party_id", ws, id)).as(table).isZero();
        }
        assertThat(rows("history_events", "target_id", ws, id)).isZero();
        assertThat(rows("stored_files", "target_id", ws, id)).isZero();
        assertThat(onDisk(acme.id(), file)).doesNotExist();
        mvc.perform(get(t).with(user(acme.admin()))).andExpect(status().isNotFound());
        mvc.perform(post(t + "/restore").with(user(acme.admin()))).andExpect(status().isNotFound());
        // the tag itself is the workspace's, and stays for the others who wear it
        mvc.perform(get("/api/v1/thirdparties?tag=kitchen").with(user(acme.admin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(0)));
        assertThat(purge.run()).as("nothing left to erase").isZero();
    }

    @Test
    void onlyWhatIsPastTheWindowGoesAndOtherWorkspacesKeepTheirs() throws Exception {
        var acme = workspaces.create("Acme");
        var globex = workspaces.create("Globex");
        RelanceUser rep = acme.rep("Rep");
        String old = thirdParties.of(rep).named("Old").createInApi();
        String kept = thirdParties.of(rep).named("Kept").createInApi();
        String theirs = thirdParties.of(globex.admin()).named("Theirs").createInApi();
        mvc.perform(delete(old).with(user(rep))).andExpect(status().isNoContent());
        clock.advance(Duration.ofDays(20));
        mvc.perform(delete(kept).with(user(rep))).andExpect(status().isNoContent());
        mvc.perform(delete(theirs).with(user(globex.admin()))).andExpect(status().isNoContent());
        clock.advance(Duration.ofDays(11));

        assertThat(purge.run()).isGreaterThanOrEqualTo(1);

        mvc.perform(post(old + "/restore").with(user(acme.admin()))).andExpect(status().isNotFound());
        mvc.perform(post(kept + "/restore").with(user(acme.admin()))).andExpect(status().isOk());
        mvc.perform(post(theirs + "/restore").with(user(globex.admin()))).andExpect(status().isOk());
    }

    @Test
    void anErasedDuplicateStaysFindableByItsCodeOnTheSurvivorWhoKeepsItsFilesAndHistory() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser rep = acme.rep("Rep");
        ThirdPartyDetails survivor = thirdParties.of(rep).named("Lambert").create();
        ThirdPartyDetails duplicate = thirdParties.of(rep).named("Lambert SARL").create();
        String s = "/api/v1/thirdparties/" + survivor.thirdParty().id();
        String file =
                upload(rep, "/api/v1/thirdparties/" + duplicate.thirdParty().id(), "plan.txt");
        mergeInApi(rep, s, duplicate).andExpect(status().isOk());
        clock.advance(Duration.ofDays(31));

        assertThat(purge.run()).isGreaterThanOrEqualTo(1);

        assertThat(rows(
                        "third_parties",
                        "id",
                        acme.id().value(),
                        duplicate.thirdParty().id().value()))
                .isZero();
        mvc.perform(get("/api/v1/thirdparties")
                        .param("q", duplicate.thirdParty().code())
                        .with(user(rep)))
                .andExpect(jsonPath("$.items[*].name", hasItem("Lambert")));
        mvc.perform(get(s + "/history").with(user(rep)))
                .andExpect(jsonPath("$.items[*].kind", hasItem("party.merged")))
                .andExpect(jsonPath("$.items[*].kind", hasItem("history.file-added")));
        mvc.perform(get(s + "/files/" + file).with(user(rep))).andExpect(status().isOk());
        assertThat(onDisk(acme.id(), file)).exists();
    }

    @Test
    void aFileRemovedFromALivingRecordLeavesTheDiskAfterThirtyDays() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser rep = acme.rep("Rep");
        String t = thirdParties.of(rep).named("Lambert").createInApi();
        String removed = upload(rep, t, "old.txt");
        String kept = upload(rep, t, "new.txt");
        mvc.perform(delete(t + "/files/" + removed).with(user(rep))).andExpect(status().isNoContent());
        clock.advance(Duration.ofDays(29));
        purge.run();
        assertThat(onDisk(acme.id(), removed)).exists();

        clock.advance(Duration.ofDays(2));
        purge.run();

        assertThat(onDisk(acme.id(), removed)).doesNotExist();
        assertThat(rows("stored_files", "id", acme.id().value(), UUID.fromString(removed)))
                .isZero();
        assertThat(onDisk(acme.id(), kept)).exists();
        mvc.perform(get(t + "/files/" + kept).with(user(rep))).andExpect(status().isOk());
        // the timeline still says the file was added and removed
        mvc.perform(get(t + "/history?kind=files").with(user(rep))).andExpect(jsonPath("$.items", hasSize(3)));
    }
}

package io.relance.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.shared.RelanceUser;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A tag-filtered list is walked from the tag's links, which carry a copy of what the list filters on: every change
 * of the third party (status, name, potential, owner, deletion, restore, merge, bulk) must show in it at once.
 */
class ThirdPartyTagListIntegrationTests extends PageTest {

    List<String> names(RelanceUser who, String query) throws Exception {
        String sort = query.contains("sort=") ? "" : "sort=name&";
        return JsonPath.read(body(who, "/api/v1/thirdparties?" + sort + query), "$.items[*].name");
    }

    String body(RelanceUser who, String path) throws Exception {
        return pageAs(who, path);
    }

    void sendOk(RelanceUser who, MockHttpServletRequestBuilder request, String json) throws Exception {
        send(who, request, json).andExpect(status().is2xxSuccessful());
    }

    long version(RelanceUser who, String id) throws Exception {
        return ((Number) JsonPath.read(body(who, "/api/v1/thirdparties/" + id), "$.version")).longValue();
    }

    @Test
    void aTagFilteredListFollowsEveryChangeOfItsThirdParties() throws Exception {
        var ws = workspaces.create("Tagged");
        RelanceUser admin = ws.admin();
        RelanceUser alice = ws.rep("Alice");
        RelanceUser bob = ws.rep("Bob");
        String alpha = thirdParties
                .of(alice)
                .named("Alpha Roofing")
                .status(ProspectStatus.TO_CONTACT)
                .tagged("vip")
                .createId();
        String beta = thirdParties
                .of(alice)
                .named("Beta Kitchens")
                .tagged("vip", "renovation")
                .createId();
        thirdParties
                .of(alice)
                .named("Alpha Untagged")
                .status(ProspectStatus.TO_CONTACT)
                .create();

        assertThat(names(alice, "tag=vip&status=TO_CONTACT&owner=me&q=alpha")).containsExactly("Alpha Roofing");

        sendOk(alice, put("/api/v1/thirdparties/" + alpha + "/status"), "{\"status\":\"CONTACTED\"}");
        assertThat(names(alice, "tag=vip&status=TO_CONTACT&owner=me")).isEmpty();
        assertThat(names(alice, "tag=vip&status=CONTACTED&owner=me")).containsExactly("Alpha Roofing");

        sendOk(
                alice,
                patch("/api/v1/thirdparties/" + alpha),
                "{\"name\":\"Delta Roofing\",\"version\":" + version(alice, alpha) + "}");
        assertThat(names(alice, "tag=vip&q=alpha")).isEmpty();
        assertThat(names(alice, "tag=vip&q=delta")).containsExactly("Delta Roofing");
        assertThat(names(alice, "tag=vip")).containsExactly("Beta Kitchens", "Delta Roofing");
        assertThat(names(alice, "tag=vip&sort=-name")).containsExactly("Delta Roofing", "Beta Kitchens");

        sendOk(alice, put("/api/v1/thirdparties/" + alpha + "/potential"), "{\"potential\":\"high\"}");
        assertThat(names(alice, "tag=vip&potential=high")).containsExactly("Delta Roofing");

        // Page by page from the tag's links: the cursor carries on where the first page ended.
        String first = body(alice, "/api/v1/thirdparties?tag=vip&sort=name&limit=1");
        assertThat((List<String>) JsonPath.read(first, "$.items[*].name")).containsExactly("Beta Kitchens");
        String cursor = JsonPath.read(first, "$.nextCursor");
        String second = body(alice, "/api/v1/thirdparties?tag=vip&sort=name&limit=1&cursor=" + cursor);
        assertThat((List<String>) JsonPath.read(second, "$.items[*].name")).containsExactly("Delta Roofing");
        assertThat((String) JsonPath.read(second, "$.nextCursor")).isNull();

        sendOk(
                admin,
                put("/api/v1/thirdparties/" + alpha + "/owner"),
                "{\"ownerId\":\"" + bob.userId() + "\",\"version\":" + version(admin, alpha) + "}");
        assertThat(names(alice, "tag=vip&owner=me")).containsExactly("Beta Kitchens");
        assertThat(names(alice, "tag=vip")).containsExactly("Beta Kitchens");
        assertThat(names(bob, "tag=vip&owner=me")).containsExactly("Delta Roofing");
        assertThat(names(admin, "tag=vip&owner=" + bob.userId())).containsExactly("Delta Roofing");

        mvc.perform(delete("/api/v1/thirdparties/" + alpha).with(user(admin))).andExpect(status().isNoContent());
        assertThat(names(admin, "tag=vip")).containsExactly("Beta Kitchens");
        assertThat(names(admin, "tag=vip&deleted=true")).containsExactly("Delta Roofing");
        sendOk(admin, post("/api/v1/thirdparties/" + alpha + "/restore"), "{}");
        assertThat(names(admin, "tag=vip")).containsExactly("Beta Kitchens", "Delta Roofing");

        sendOk(
                admin,
                post("/api/v1/thirdparties/bulk"),
                "{\"ids\":[\"" + alpha + "\",\"" + beta + "\"],\"status\":\"DO_NOT_CONTACT\"}");
        assertThat(names(admin, "tag=vip&status=DO_NOT_CONTACT")).containsExactly("Beta Kitchens", "Delta Roofing");

        // A merge: the survivor carries the duplicate's tags, with its own list keys; the duplicate is gone.
        String epsilon =
                thirdParties.of(alice).named("Epsilon Baths").tagged("bathroom").createId();
        sendOk(admin, post("/api/v1/thirdparties/" + beta + "/merge"), "{\"duplicateId\":\"" + epsilon + "\"}");
        assertThat(names(admin, "tag=bathroom")).containsExactly("Beta Kitchens");
        assertThat(names(admin, "tag=bathroom&status=DO_NOT_CONTACT&q=kitchens"))
                .containsExactly("Beta Kitchens");
        assertThat(names(admin, "tag=bathroom&tag=renovation")).containsExactly("Beta Kitchens");
        mvc.perform(get("/api/v1/thirdparties/count?tag=vip").with(user(admin)))
                .andExpect(jsonPath("$.value").value(2));

        // Another workspace's tag of the same name sees none of it.
        var other = workspaces.create("Elsewhere");
        thirdParties.of(other.admin()).named("Zeta").tagged("vip").create();
        assertThat(names(other.admin(), "tag=vip")).containsExactly("Zeta");
        List<String> all = new ArrayList<>(names(admin, "tag=vip"));
        assertThat(all).doesNotContain("Zeta");
    }

    @Autowired
    JdbcClient jdbc;

    /**
     * A listed record's tags come in name order, and one made meanwhile by another node (here: written straight into
     * the database, past the node's few seconds of tag names) is shown at once, not dropped.
     */
    @Test
    void listedTagsComeInNameOrderIncludingOneMadeElsewhereMeanwhile() throws Exception {
        var ws = workspaces.create("Tag names");
        RelanceUser alice = ws.rep("Alice");
        String id = thirdParties
                .of(alice)
                .named("Gamma Tiles")
                .tagged("zinc", "Ardoise", "mortar")
                .createId();
        String list = "/api/v1/thirdparties?sort=name&q=gamma";
        assertThat((List<String>) JsonPath.read(body(alice, list), "$.items[0].tags"))
                .containsExactly("Ardoise", "mortar", "zinc");

        UUID tag = UUID.randomUUID();
        jdbc.sql("INSERT INTO tags (workspace_id, id, name, name_key, color, version) VALUES (?, ?, 'Brique', 'brique',"
                        + " '#0f6e6e', 0)")
                .params(alice.workspaceId().value(), tag)
                .update();
        jdbc.sql("INSERT INTO third_party_tags (workspace_id, third_party_id, tag_id, owner_id, status, potential,"
                        + " sort_name, search_text, deleted_at) SELECT workspace_id, id, ?, owner_id, status, potential,"
                        + " sort_name, search_text, deleted_at FROM third_parties WHERE id = ?")
                .params(tag, UUID.fromString(id))
                .update();
        assertThat((List<String>) JsonPath.read(body(alice, list), "$.items[0].tags"))
                .containsExactly("Ardoise", "Brique", "mortar", "zinc");
        assertThat((List<String>) JsonPath.read(body(alice, "/api/v1/thirdparties/" + id), "$.tags"))
                .containsExactly("Ardoise", "Brique", "mortar", "zinc");
    }
}

package io.relance.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.shared.RelanceUser;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the two third-party API controllers, found by reflection on the request mappings, asked by
 * an admin of another workspace: 404 on anything that names a record, and nothing of the first workspace
 * shown or changed by the others. A new endpoint without a case here fails the test.
 */
class ThirdPartyApiIsolationIntegrationTests extends PageTest {

    interface Check {
        void run() throws Exception;
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    RelanceUser stranger;

    ResultActions as(RelanceUser who, MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(
                request.with(user(who)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    ResultActions strange(MockHttpServletRequestBuilder request, String json) throws Exception {
        return as(stranger, request, json);
    }

    @Test
    void anotherWorkspaceGets404OnEveryRecordAndSeesNothingOfOurs() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser owner = acme.admin();
        stranger = workspaces.create("Globex").admin();
        String id =
                thirdParties.of(owner).named("Secret").tagged("confidential").createId();
        String t = "/api/v1/thirdparties/" + id;
        String contact = JsonPath.read(body(as(owner, post(t + "/contacts"), "{\"lastName\":\"X\"}")), "$.id");
        String file = JsonPath.read(
                body(mvc.perform(multipart(t + "/files")
                        .file(new MockMultipartFile("file", "a.txt", "text/plain", "x".getBytes()))
                        .with(user(owner)))),
                "$.id");
        String exception = JsonPath.read(
                body(as(
                                owner,
                                post(t + "/exceptions"),
                                "{\"userId\":\"" + acme.rep("Rep").userId()
                                        + "\",\"endsAt\":\"2999-01-01T00:00:00Z\",\"reason\":\"x\"}")
                        .andExpect(status().isCreated())),
                "$.id");
        String duplicate = thirdParties.of(owner).named("Dup").createId();
        String segment = JsonPath.read(
                body(as(owner, post("/api/v1/segments"), "{\"name\":\"Mine\",\"filter\":{\"q\":\"secret\"}}")), "$.id");
        String field = JsonPath.read(
                body(as(owner, post("/api/v1/custom-fields"), "{\"key\":\"k\",\"label\":\"K\",\"type\":\"TEXT\"}")),
                "$.id");
        as(owner, put("/api/v1/settings/numbering"), "{\"mask\":\"AC-{0000}\",\"version\":0}")
                .andExpect(status().isOk());
        String strangersOwn = thirdParties.of(stranger).named("Own").createId();

        Map<String, Check> cases = new LinkedHashMap<>();
        cases.put(
                "GET /api/v1/thirdparties",
                () -> strange(get("/api/v1/thirdparties?q=secret"), "")
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.items", hasSize(0))));
        cases.put(
                "GET /api/v1/thirdparties/count",
                () -> strange(get("/api/v1/thirdparties/count?q=secret"), "")
                        .andExpect(jsonPath("$.value").value(0)));
        cases.put(
                "GET /api/v1/thirdparties/duplicates",
                () -> strange(get("/api/v1/thirdparties/duplicates?name=Secret&excludeId=" + id), "")
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.items", hasSize(0))));
        cases.put(
                "POST /api/v1/thirdparties",
                () -> strange(
                                post("/api/v1/thirdparties"),
                                "{\"name\":\"Taken\",\"ownerId\":\"" + owner.userId() + "\"}")
                        .andExpect(status().isBadRequest())
                        .andExpect(jsonPath("$.errors[0].field").value("ownerId")));
        cases.put("GET /api/v1/thirdparties/{id}", () -> strange(get(t), "").andExpect(status().isNotFound()));
        cases.put(
                "PATCH /api/v1/thirdparties/{id}",
                () -> strange(patch(t), "{\"version\":0,\"city\":\"x\"}").andExpect(status().isNotFound()));
        cases.put(
                "DELETE /api/v1/thirdparties/{id}", () -> strange(delete(t), "").andExpect(status().isNotFound()));
        cases.put(
                "POST /api/v1/thirdparties/{id}/restore",
                () -> strange(post(t + "/restore"), "").andExpect(status().isNotFound()));
        cases.put(
                "PUT /api/v1/thirdparties/{id}/status",
                () -> strange(put(t + "/status"), "{\"status\":\"CONTACTED\"}").andExpect(status().isNotFound()));
        cases.put(
                "PUT /api/v1/thirdparties/{id}/potential",
                () -> strange(put(t + "/potential"), "{\"potential\":\"high\"}").andExpect(status().isNotFound()));
        cases.put(
                "PUT /api/v1/thirdparties/{id}/owner",
                () -> strange(put(t + "/owner"), "{\"ownerId\":\"" + stranger.userId() + "\",\"version\":0}")
                        .andExpect(status().isNotFound()));
        cases.put("POST /api/v1/thirdparties/{id}/merge", () -> {
            strange(post(t + "/merge"), "{\"duplicateId\":\"" + strangersOwn + "\"}")
                    .andExpect(status().isNotFound());
            strange(post("/api/v1/thirdparties/" + strangersOwn + "/merge"), "{\"duplicateId\":\"" + duplicate + "\"}")
                    .andExpect(status().isNotFound());
        });
        cases.put(
                "POST /api/v1/thirdparties/bulk",
                () -> strange(
                                post("/api/v1/thirdparties/bulk"),
                                "{\"ids\":[\"" + id + "\"],\"status\":\"CONTACTED\",\"addTag\":\"stolen\"}")
                        .andExpect(jsonPath("$.changed").value(0)));
        cases.put(
                "GET /api/v1/thirdparties/{id}/contacts",
                () -> strange(get(t + "/contacts"), "").andExpect(status().isNotFound()));
        cases.put(
                "POST /api/v1/thirdparties/{id}/contacts",
                () -> strange(post(t + "/contacts"), "{\"lastName\":\"Y\"}").andExpect(status().isNotFound()));
        cases.put("PATCH /api/v1/thirdparties/{id}/contacts/{contactId}", () -> {
            strange(patch(t + "/contacts/" + contact), "{\"lastName\":\"Y\",\"version\":0}")
                    .andExpect(status().isNotFound());
            strange(
                            patch("/api/v1/thirdparties/" + strangersOwn + "/contacts/" + contact),
                            "{\"lastName\":\"Y\",\"version\":0}")
                    .andExpect(status().isNotFound());
        });
        cases.put("DELETE /api/v1/thirdparties/{id}/contacts/{contactId}", () -> {
            strange(delete(t + "/contacts/" + contact), "").andExpect(status().isNotFound());
            strange(delete("/api/v1/thirdparties/" + strangersOwn + "/contacts/" + contact), "")
                    .andExpect(status().isNotFound());
        });
        cases.put(
                "GET /api/v1/thirdparties/{id}/history",
                () -> strange(get(t + "/history"), "").andExpect(status().isNotFound()));
        cases.put(
                "POST /api/v1/thirdparties/{id}/history",
                () -> strange(post(t + "/history"), "{\"type\":\"CALL\",\"summary\":\"x\"}")
                        .andExpect(status().isNotFound()));
        cases.put(
                "GET /api/v1/thirdparties/{id}/notes",
                () -> strange(get(t + "/notes"), "").andExpect(status().isNotFound()));
        cases.put(
                "POST /api/v1/thirdparties/{id}/notes",
                () -> strange(post(t + "/notes"), "{\"body\":\"x\"}").andExpect(status().isNotFound()));
        cases.put(
                "GET /api/v1/thirdparties/{id}/files",
                () -> strange(get(t + "/files"), "").andExpect(status().isNotFound()));
        cases.put(
                "POST /api/v1/thirdparties/{id}/files",
                () -> mvc.perform(multipart(t + "/files")
                                .file(new MockMultipartFile("file", "a.txt", "text/plain", "x".getBytes()))
                                .with(user(stranger)))
                        .andExpect(status().isNotFound()));
        cases.put("GET /api/v1/thirdparties/{id}/files/{fileId}", () -> {
            strange(get(t + "/files/" + file), "").andExpect(status().isNotFound());
            strange(get("/api/v1/thirdparties/" + strangersOwn + "/files/" + file), "")
                    .andExpect(status().isNotFound());
        });
        cases.put("DELETE /api/v1/thirdparties/{id}/files/{fileId}", () -> {
            strange(delete(t + "/files/" + file), "").andExpect(status().isNotFound());
            strange(delete("/api/v1/thirdparties/" + strangersOwn + "/files/" + file), "")
                    .andExpect(status().isNotFound());
        });
        cases.put(
                "GET /api/v1/thirdparties/{id}/exceptions",
                () -> strange(get(t + "/exceptions"), "").andExpect(status().isNotFound()));
        cases.put(
                "POST /api/v1/thirdparties/{id}/exceptions",
                () -> strange(
                                post(t + "/exceptions"),
                                "{\"userId\":\"" + stranger.userId()
                                        + "\",\"endsAt\":\"2999-01-01T00:00:00Z\",\"reason\":\"x\"}")
                        .andExpect(status().isNotFound()));
        cases.put("DELETE /api/v1/thirdparties/{id}/exceptions/{exceptionId}", () -> {
            strange(delete(t + "/exceptions/" + exception), "").andExpect(status().isNotFound());
            strange(delete("/api/v1/thirdparties/" + strangersOwn + "/exceptions/" + exception), "")
                    .andExpect(status().isNotFound());
        });
        cases.put(
                "GET /api/v1/custom-fields",
                () -> strange(get("/api/v1/custom-fields"), "").andExpect(jsonPath("$.items", hasSize(0))));
        cases.put(
                "POST /api/v1/custom-fields",
                () -> strange(post("/api/v1/custom-fields"), "{\"key\":\"k\",\"label\":\"Theirs\",\"type\":\"NUMBER\"}")
                        .andExpect(status().isCreated()));
        cases.put(
                "PATCH /api/v1/custom-fields/{id}",
                () -> strange(patch("/api/v1/custom-fields/" + field), "{\"key\":\"k\",\"label\":\"L\",\"version\":0}")
                        .andExpect(status().isNotFound()));
        cases.put(
                "DELETE /api/v1/custom-fields/{id}",
                () -> strange(delete("/api/v1/custom-fields/" + field), "").andExpect(status().isNotFound()));
        cases.put(
                "GET /api/v1/settings/numbering",
                () -> strange(get("/api/v1/settings/numbering"), "")
                        .andExpect(jsonPath("$.mask").value("CU{yy}{mm}-{0000}")));
        cases.put(
                "PUT /api/v1/settings/numbering",
                () -> strange(put("/api/v1/settings/numbering"), "{\"mask\":\"GX-{0000}\",\"version\":0}")
                        .andExpect(status().isOk()));
        cases.put(
                "GET /api/v1/segments",
                () -> strange(get("/api/v1/segments"), "").andExpect(jsonPath("$.items", hasSize(0))));
        cases.put(
                "POST /api/v1/segments",
                () -> strange(post("/api/v1/segments"), "{\"name\":\"Mine\",\"filter\":{\"q\":\"secret\"}}")
                        .andExpect(status().isCreated()));
        cases.put("DELETE /api/v1/segments/{id}", () -> {
            strange(delete("/api/v1/segments/" + segment), "").andExpect(status().isNotFound());
            strange(get("/api/v1/thirdparties?segment=" + segment), "").andExpect(status().isNotFound());
        });
        cases.put(
                "GET /api/v1/tags", () -> strange(get("/api/v1/tags"), "").andExpect(jsonPath("$.items", hasSize(0))));
        cases.put(
                "GET /api/v1/potentials",
                () -> strange(get("/api/v1/potentials"), "").andExpect(status().isOk()));
        cases.put(
                "PUT /api/v1/potentials",
                () -> strange(
                                put("/api/v1/potentials"),
                                "[{\"key\":\"none\",\"label\":\"None\"},{\"key\":\"hot\",\"label\":\"Hot\"}]")
                        .andExpect(status().isOk()));

        assertThat(cases.keySet()).containsExactlyInAnyOrderElementsOf(endpoints());
        for (Map.Entry<String, Check> c : cases.entrySet()) {
            try {
                c.getValue().run();
            } catch (AssertionError e) {
                throw new AssertionError(c.getKey() + ": " + e.getMessage(), e);
            }
        }

        // and nothing of ours changed
        as(owner, get(t), "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("NEVER_CONTACTED"))
                .andExpect(jsonPath("$.city").doesNotExist())
                .andExpect(jsonPath("$.tags", hasSize(1)));
        as(owner, get(t + "/contacts"), "")
                .andExpect(jsonPath("$.items[0].lastName").value("X"));
        as(owner, get(t + "/files"), "").andExpect(jsonPath("$.items", hasSize(1)));
        as(owner, get(t + "/exceptions"), "").andExpect(jsonPath("$.items", hasSize(1)));
        as(owner, get(t + "/history?kind=calls"), "").andExpect(jsonPath("$.items", hasSize(0)));
        as(owner, get(t + "/notes"), "").andExpect(jsonPath("$.items", hasSize(0)));
        as(owner, get("/api/v1/segments"), "").andExpect(jsonPath("$.items", hasSize(1)));
        as(owner, get("/api/v1/custom-fields"), "")
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].label").value("K"));
        as(owner, get("/api/v1/settings/numbering"), "")
                .andExpect(jsonPath("$.mask").value("AC-{0000}"));
        as(owner, get("/api/v1/potentials"), "").andExpect(jsonPath("$.items", hasSize(4)));
        as(owner, get("/api/v1/thirdparties/" + duplicate), "").andExpect(status().isOk());
    }

    private Set<String> endpoints() {
        Set<String> found = new TreeSet<>();
        for (var e : mappings.getHandlerMethods().entrySet()) {
            // every controller of the third-party API (the list preferences are the user's own)
            Class<?> type = e.getValue().getBeanType();
            if (!type.getPackageName().equals("io.relance.party.web.api")
                    || type.getSimpleName().equals("ListPreferencesApiController")) {
                continue;
            }
            RequestMappingInfo info = e.getKey();
            for (var method : info.getMethodsCondition().getMethods()) {
                for (String pattern : info.getPatternValues()) {
                    found.add(method.name() + " " + pattern);
                }
            }
        }
        assertThat(found).hasSizeGreaterThan(30);
        return found;
    }
}

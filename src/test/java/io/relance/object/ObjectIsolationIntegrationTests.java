package io.relance.object;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.MvcTest;
import io.relance.shared.RelanceUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

/** Every endpoint of the objects asked by the admin of another workspace: 404, and nothing of ours shown or changed. */
class ObjectIsolationIntegrationTests extends MvcTest {

    @Autowired
    ObjectFixture fixture;

    @Autowired
    io.relance.party.ThirdPartyFixture thirdParties;

    @Test
    void anotherWorkspaceGets404OnEveryObjectEndpoint() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser owner = acme.admin();
        RelanceUser stranger = workspaces.create("Globex").admin();
        String id = fixture.object(owner, "SECRET-1").id().toString();
        String o = "/api/v1/objects/" + id;
        String file = com.jayway.jsonpath.JsonPath.read(
                body(mvc.perform(multipart(o + "/documents")
                                .file(new MockMultipartFile(
                                        "file", "a.pdf", "application/pdf", SalesObjectApiIntegrationTests.PDF))
                                .with(user(owner))
                                .with(csrf()))
                        .andExpect(status().isCreated())),
                "$.id");

        send(stranger, get(o), "").andExpect(status().isNotFound());
        send(stranger, patch(o), "{\"title\": \"Mine\", \"version\": 0}").andExpect(status().isNotFound());
        send(stranger, delete(o), "").andExpect(status().isNotFound());
        send(stranger, get(o + "/documents"), "").andExpect(status().isNotFound());
        send(stranger, get(o + "/documents/" + file), "").andExpect(status().isNotFound());
        send(stranger, delete(o + "/documents/" + file), "").andExpect(status().isNotFound());
        mvc.perform(multipart(o + "/documents")
                        .file(new MockMultipartFile(
                                "file", "b.pdf", "application/pdf", SalesObjectApiIntegrationTests.PDF))
                        .with(user(stranger))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        send(stranger, get("/api/v1/objects"), "")
                .andExpect(jsonPath("$.items.length()").value(0));

        send(owner, get(o), "")
                .andExpect(jsonPath("$.title").value("Object SECRET-1"))
                .andExpect(jsonPath("$.status").value("AVAILABLE"))
                .andExpect(jsonPath("$.documents.length()").value(1));
    }
}

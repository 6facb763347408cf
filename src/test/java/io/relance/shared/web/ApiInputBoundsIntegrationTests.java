package io.relance.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.MvcTest;
import io.relance.shared.RelanceUser;
import io.relance.workspace.WorkspaceManagement;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What the API does with input meant to hurt it: every answer is problem+json naming the field at fault, and no
 * answer costs more than reading the request once.
 */
class ApiInputBoundsIntegrationTests extends MvcTest {

    @Autowired
    WorkspaceManagement management;

    private static RequestPostProcessor rawQuery(String query) {
        return request -> {
            request.setQueryString(query);
            return request;
        };
    }

    @Test
    void thousandsOfTagsAreRefusedAtOnceWithoutComparingThem() throws Exception {
        RelanceUser rep = workspaces.rep();
        StringJoiner tags = new StringJoiner(",", "[", "]");
        for (int i = 0; i < 8000; i++) {
            tags.add("\"tag-" + i + "\"");
        }
        long started = System.nanoTime();
        send(rep, post("/api/v1/thirdparties"), "{\"name\": \"Many tags\", \"tags\": " + tags + "}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("tags"))
                .andExpect(jsonPath("$.errors[0].message").value("At most 500 items."));
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2_000);
    }

    @Test
    void aBodyOverOneMegabyteIsA413Problem() throws Exception {
        RelanceUser rep = workspaces.rep();
        String big = "x".repeat(1_100_000);
        send(rep, post("/api/v1/thirdparties"), "{\"name\": \"" + big + "\"}")
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("body"));
    }

    @Test
    void brokenQueriesAreFieldErrors() throws Exception {
        RelanceUser rep = workspaces.rep();
        for (String[] c : new String[][] {
            {"q=%zz", "q"}, {"q=%C3%28", "q"}, {"cursor=%%%%", "cursor"}, {"q=a%00b", "q"}, {"limit=5&%zz=1", "query"}
        }) {
            mvc.perform(get("/api/v1/thirdparties").with(rawQuery(c[0])).with(user(rep)))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.errors[0].field").value(c[1]));
        }
    }

    @Test
    void anOverlongPathOrQueryIsA414Problem() throws Exception {
        RelanceUser rep = workspaces.rep();
        mvc.perform(get("/api/v1/thirdparties/" + "a".repeat(3000)).with(user(rep)))
                .andExpect(status().isUriTooLong())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("path"));
        mvc.perform(get("/api/v1/thirdparties")
                        .with(rawQuery("cursor=" + "a".repeat(9000)))
                        .with(user(rep)))
                .andExpect(status().isUriTooLong())
                .andExpect(jsonPath("$.errors[0].field").value("query"));
        mvc.perform(get("/api/v1/me").header("X-Padding", "p".repeat(20_000)).with(user(rep)))
                .andExpect(status().isRequestHeaderFieldsTooLarge())
                .andExpect(jsonPath("$.errors[0].field").value("X-Padding"));
    }

    @Test
    void aMultipartBodyWithoutBoundaryIsAFieldError() throws Exception {
        RelanceUser rep = workspaces.rep();
        mvc.perform(post("/api/v1/thirdparties/" + java.util.UUID.randomUUID() + "/files")
                        .with(user(rep))
                        .contentType("multipart/form-data; boundary=")
                        .content("--\r\n"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("Content-Type"));
    }

    @Test
    void unknownPathsWrongMethodsAndTypesAreProblemsInTheUsersLanguage() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser french = management
                .signInCandidate(acme.member("Française", io.relance.shared.Role.SALES_REP)
                        .email())
                .orElseThrow();
        management.updateProfile(
                french,
                new io.relance.workspace.ProfileChanges(
                        management.profile(french).version(), "Française", "fr", null, null));
        RelanceUser me = management.signInCandidate(french.email()).orElseThrow();
        mvc.perform(get("/api/v1/no-such-thing").with(user(me)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(containsString("Introuvable")));
        mvc.perform(patch("/api/v1/me").with(user(me)))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(header().string("Allow", containsString("GET")))
                .andExpect(jsonPath("$.detail").value(containsString("PATCH")));
        mvc.perform(post("/api/v1/tokens")
                        .with(user(me))
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("x"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("Content-Type"));
        // a page still gets the page
        mvc.perform(get("/no-such-page").with(user(me)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().string(""));
    }

    @Test
    void invisibleNamesAreRequiredAndControlCharactersAreRefused() throws Exception {
        RelanceUser rep = workspaces.rep();
        send(rep, post("/api/v1/thirdparties"), "{\"name\": \"\\u200B\\u00A0\\u2060 \\uFEFF\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("Required."));
        for (String name : new String[] {"A\\u0000B", "Bell\\u0007", "Half \\uD800 pair", "\\uDC00"}) {
            send(rep, post("/api/v1/thirdparties"), "{\"name\": \"" + name + "\"}")
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.errors[0].field").value("name"))
                    .andExpect(jsonPath("$.errors[0].message").value(containsString("not allowed")));
        }
        // composed (NFC) and without its invisible edges
        String created = send(rep, post("/api/v1/thirdparties"), "{\"name\": \"\\u00A0Cafe\\u0301 Zoe\\u0308\\u200B\"}")
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat((String) com.jayway.jsonpath.JsonPath.read(created, "$.name"))
                .isEqualTo("Café Zoë");
    }

    @Test
    void aJsonValueOfTheWrongTypeIsNotCoerced() throws Exception {
        RelanceUser rep = workspaces.rep();
        send(rep, put("/api/v1/preferences/lists/thirdparties"), "{\"columns\": \"name\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("columns"))
                .andExpect(jsonPath("$.errors[0].message").value("This value has the wrong type."));
        sendRefused(rep, post("/api/v1/tokens"), "{\"name\": 12}", "name");
    }
}

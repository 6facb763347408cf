package io.relance;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.shared.RelanceUser;
import io.relance.workspace.WorkspaceFixture;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * What the tests of pages and API share, whatever the module: the whole application through MockMvc, workspaces to
 * build, requests as a signed-in user (with its CSRF token), as htmx sends them, and JSON to the API.
 */
@IntegrationTest
public abstract class MvcTest {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected WorkspaceFixture workspaces;

    /** The request as htmx sends it. */
    protected static <B extends AbstractMockHttpServletRequestBuilder<B>> B htmx(B request) {
        return request.header("HX-Request", "true");
    }

    /** The request with these form fields, each {@code name=value} as typed (not URL-encoded; a name may repeat). */
    protected static <B extends AbstractMockHttpServletRequestBuilder<B>> B form(B request, String... fields) {
        for (String field : fields) {
            int at = field.indexOf('=');
            request.param(field.substring(0, at), field.substring(at + 1));
        }
        return request;
    }

    /** The request by this user, signed in, with the CSRF token a form carries. */
    protected ResultActions as(RelanceUser who, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(user(who)).with(csrf()));
    }

    /** The page at this address as this user sees it (checked 200): its HTML. */
    protected String pageAs(RelanceUser who, String path) throws Exception {
        return body(mvc.perform(get(path).with(user(who))).andExpect(status().isOk()));
    }

    /** The page at this address as this user sees it, his browser asking for this language (checked 200). */
    protected String pageAs(RelanceUser who, String path, Locale locale) throws Exception {
        return body(mvc.perform(get(path).with(user(who)).locale(locale)).andExpect(status().isOk()));
    }

    /** What the API answers this user at this address, read at this JSON path. */
    protected <T> T read(RelanceUser who, String path, String jsonPath) throws Exception {
        return com.jayway.jsonpath.JsonPath.read(body(mvc.perform(get(path).with(user(who)))), jsonPath);
    }

    /** A JSON request to the API by this user (a token's bearer, as the API sees it). */
    protected ResultActions send(RelanceUser who, MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(
                request.with(user(who)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    /** A JSON request the API refuses as bad input: 400, its first field error on {@code field}. */
    protected ResultActions sendRefused(
            RelanceUser who, MockHttpServletRequestBuilder request, String json, String field) throws Exception {
        return send(who, request, json)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }

    /** A request to the API with a personal token, as a script sends it. */
    protected ResultActions bearer(String token, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + token));
    }

    /** A personal API token made by this user through the API, checked to work; its secret. */
    protected String newToken(RelanceUser who) throws Exception {
        String created = send(who, MockMvcRequestBuilders.post("/api/v1/tokens"), "{\"name\": \"script\"}")
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String token = com.jayway.jsonpath.JsonPath.read(created, "$.token");
        bearer(token, MockMvcRequestBuilders.get("/api/v1/me")).andExpect(status().isOk());
        return token;
    }

    /** The answer's body as text (UTF-8). */
    public static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}

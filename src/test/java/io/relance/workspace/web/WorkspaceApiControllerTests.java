package io.relance.workspace.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.shared.RelanceUser;
import io.relance.shared.Role;
import io.relance.shared.StaleVersionException;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import io.relance.shared.web.PageTexts;
import io.relance.workspace.ApiTokenManagement;
import io.relance.workspace.Workspace;
import io.relance.workspace.WorkspaceManagement;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A slice: the workspace API's controller with the shared problem handling, no database; the use cases behind it
 * stand in as mocks (the edge). What it checks is the web layer's: JSON shapes, the statuses and the problem+json
 * answers with the field named. That another workspace sees 404 is the use case's, tested with the whole application
 * (AccessIntegrationTests).
 */
// the pages' texts, which the modules' problem advice (e.g. messaging's MailProblems) answer with
@Import(PageTexts.class)
@WebMvcTest(controllers = WorkspaceApiController.class)
class WorkspaceApiControllerTests {

    static final WorkspaceId ACME = new WorkspaceId(UUID.randomUUID());
    static final RelanceUser ADMIN = new RelanceUser(
            new UserId(UUID.randomUUID()), ACME, "ada@relance.test", "Ada", Role.ADMIN, "en", true, false, false, null);
    static final Workspace WORKSPACE =
            new Workspace(ACME, "Acme", "EUR", "fr", "Europe/Paris", "FR", Instant.parse("2026-11-01T09:00:00Z"), 3);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    WorkspaceManagement workspaces;

    @MockitoBean
    ApiTokenManagement apiTokens;

    /** The admin changes the workspace's settings: Acme, French, in Paris, with this currency and version. */
    ResultActions putSettings(String currency, long version) throws Exception {
        return mvc.perform(put("/api/v1/workspace")
                .with(user(ADMIN))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Acme\",\"currency\":\"" + currency + "\",\"defaultLocale\":\"fr\","
                        + "\"timeZone\":\"Europe/Paris\",\"country\":\"FR\",\"version\":" + version + "}"));
    }

    @Test
    void theWorkspaceIsAnsweredWithItsSettingsAndVersion() throws Exception {
        given(workspaces.workspace(ACME)).willReturn(WORKSPACE);
        mvc.perform(get("/api/v1/workspace").with(user(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(ACME.value().toString()))
                .andExpect(jsonPath("$.name").value("Acme"))
                .andExpect(jsonPath("$.defaultLocale").value("fr"))
                .andExpect(jsonPath("$.version").value(3));
    }

    @Test
    void aMalformedIdIsANotFoundProblem() throws Exception {
        mvc.perform(get("/api/v1/users/not-a-uuid").with(user(ADMIN)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
        verify(workspaces, never()).user(any(), any());
    }

    @Test
    void badSettingsAreFieldErrorsBeforeTheUseCaseIsAsked() throws Exception {
        putSettings("euro", 3)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("currency"));
        verify(workspaces, never()).updateSettings(any(), any());
    }

    @Test
    void aStaleVersionIsAConflictProblem() throws Exception {
        given(workspaces.updateSettings(any(), any())).willThrow(new StaleVersionException());
        putSettings("EUR", 2)
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(409));
    }
}

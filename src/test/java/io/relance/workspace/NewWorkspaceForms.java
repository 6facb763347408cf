package io.relance.workspace;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The set-up and sign-up pages' form as a browser posts it (with its CSRF token): a new workspace and its admin. */
final class NewWorkspaceForms {

    private NewWorkspaceForms() {}

    static MockHttpServletRequestBuilder post(String path, NewWorkspace w) {
        return MockMvcRequestBuilders.post(path)
                .with(csrf())
                .param("workspaceName", w.workspaceName())
                .param("currency", w.currency())
                .param("language", w.language())
                .param("timeZone", w.timeZone())
                .param("country", w.country())
                .param("adminName", w.adminName())
                .param("adminEmail", w.adminEmail())
                .param("adminPassword", w.adminPassword());
    }
}

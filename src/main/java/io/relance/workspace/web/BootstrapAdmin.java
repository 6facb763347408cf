package io.relance.workspace.web;

import io.relance.workspace.NewWorkspace;
import io.relance.workspace.WorkspaceManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On a first start with an empty database, {@code RELANCE_ADMIN_EMAIL} and {@code RELANCE_ADMIN_PASSWORD}
 * create workspace "Default" with that admin, and the set-up page is skipped. Ignored afterwards.
 */
@Component
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final WorkspaceManagement workspaces;
    private final String email;
    private final String password;

    BootstrapAdmin(
            WorkspaceManagement workspaces,
            @Value("${relance.admin.email:}") String email,
            @Value("${relance.admin.password:}") String password) {
        this.workspaces = workspaces;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (email.isBlank() || password.isBlank()) {
            if (!workspaces.isInstalled()) {
                log.info("No workspace yet: open the set-up page in a browser to create the first one");
            }
            return;
        }
        if (workspaces.isInstalled()) {
            log.debug("RELANCE_ADMIN_EMAIL ignored: the instance is already set up");
            return;
        }
        workspaces.setUp(new NewWorkspace("Default", "EUR", "en", "UTC", "FR", "Administrator", email, password));
        log.info("Created workspace 'Default' with admin {} from the environment", email);
    }
}

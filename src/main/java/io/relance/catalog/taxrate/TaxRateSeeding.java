package io.relance.catalog.taxrate;

import io.relance.shared.Role;
import io.relance.workspace.UserCreated;
import io.relance.workspace.WorkspaceManagement;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A new workspace gets the usual tax rates of its country in the transaction that creates it (with its first admin),
 * so its catalogue is usable at once. A plain listener, not an after-commit one: the workspace and its rates exist
 * together or not at all. Workspaces made before the catalogue existed get them from Settings → Tax rates ("Add the
 * usual rates"), never behind the admin's back.
 */
@Component
class TaxRateSeeding {

    private final TaxRateManagement taxRates;
    private final WorkspaceManagement workspaces;

    TaxRateSeeding(TaxRateManagement taxRates, WorkspaceManagement workspaces) {
        this.taxRates = taxRates;
        this.workspaces = workspaces;
    }

    @EventListener
    void on(UserCreated event) {
        // the first admin of a workspace is made with it; later admins find its rates as they are
        if (event.role() == Role.ADMIN
                && workspaces.members(event.workspaceId()).size() == 1) {
            taxRates.addUsualRates(
                    event.workspaceId(),
                    workspaces.workspace(event.workspaceId()).country());
        }
    }
}

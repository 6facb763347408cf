package io.relance.thirdparty;

import io.relance.workspace.WorkspaceId;

/** The prospect status of a third party changed. */
public record ProspectStatusChanged(
        WorkspaceId workspaceId, ThirdPartyId thirdPartyId, ProspectStatus from, ProspectStatus to) {}

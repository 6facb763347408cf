package io.relance.party;

import io.relance.shared.WorkspaceId;

/** The prospect status of a third party changed. */
public record ProspectStatusChanged(
        WorkspaceId workspaceId, ThirdPartyId thirdPartyId, ProspectStatus from, ProspectStatus to) {}

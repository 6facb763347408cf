package io.relance.party;

import io.relance.shared.WorkspaceId;

/**
 * A duplicate was merged into a survivor. Published inside the merge's transaction: modules that point at third
 * parties (quotes, deals, tasks, campaign recipients) move their references in the same transaction.
 */
public record ThirdPartiesMerged(WorkspaceId workspaceId, ThirdPartyId survivor, ThirdPartyId duplicate) {}

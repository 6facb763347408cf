package io.relance.party;

import io.relance.shared.WorkspaceId;

/**
 * A third party left in the trash beyond the restore window was erased for good, with its contacts, tags, custom
 * values, exceptions, timeline and files. Published inside the purge's transaction, before the row goes: modules
 * that point at third parties (quotes, deals, tasks, campaign recipients) erase or detach theirs in the same
 * transaction.
 */
public record ThirdPartyPurged(WorkspaceId workspaceId, ThirdPartyId id, String code) {}

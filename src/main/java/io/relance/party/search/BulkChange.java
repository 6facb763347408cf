package io.relance.party.search;

import io.relance.party.ProspectStatus;
import java.util.List;
import java.util.UUID;

/** One change applied to a selection of third parties from the list. */
public record BulkChange(List<UUID> ids, ProspectStatus status, String potential, UUID ownerId, String addTag) {}

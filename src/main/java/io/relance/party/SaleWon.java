package io.relance.party;

import io.relance.shared.WorkspaceId;
import java.util.UUID;

/**
 * A sale to a third party was won (a quote accepted, later a deal won), announced by the module that won it: the
 * party module makes the third party a customer and records it on its timeline. Modules that sell publish it, so
 * the party module depends on none of them.
 *
 * @param sourceType what was won, as a history target type ({@code QUOTE}, later {@code DEAL})
 * @param sourceId its id
 */
public record SaleWon(WorkspaceId workspaceId, ThirdPartyId thirdPartyId, String sourceType, UUID sourceId) {}

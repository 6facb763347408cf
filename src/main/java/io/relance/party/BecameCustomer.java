package io.relance.party;

import io.relance.shared.WorkspaceId;

/**
 * A third party became a customer: by a won sale ({@link SaleWon}), or by someone ticking "customer" on it. The
 * follow-up module ends its negotiation as an agreement.
 */
public record BecameCustomer(WorkspaceId workspaceId, ThirdPartyId thirdPartyId) {}

package io.relance.object;

import io.relance.shared.Money;

/**
 * What other modules may read of an object: enough to show it beside a deal or an inquiry. {@code price} is null
 * when the object has none yet (in the workspace's currency otherwise).
 */
public record SalesObjectSummary(
        SalesObjectId id,
        String reference,
        String title,
        SalesObjectType type,
        SalesObjectStatus status,
        Money price) {}

package io.relance.catalog;

import java.math.BigDecimal;

/** One of a workspace's tax rates, as other modules see it: {@code percent} is 20 for 20 %, 5.5 for 5.5 %. */
public record TaxRateSummary(TaxRateId id, String name, BigDecimal percent, boolean isDefault, boolean active) {}

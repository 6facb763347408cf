package io.relance.catalog.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.relance.catalog.taxrate.TaxRate;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A tax rate as the API shows it: {@code percent} is 20 for 20 %, 5.5 for 5.5 %. */
record TaxRateView(
        UUID id,
        long version,
        String name,
        BigDecimal percent,
        @JsonProperty("isDefault") boolean isDefault,
        boolean active,
        Instant createdAt,
        Instant updatedAt) {

    static TaxRateView of(TaxRate r) {
        return new TaxRateView(
                r.id().value(),
                r.version(),
                r.name(),
                r.percent(),
                r.isDefault(),
                r.active(),
                r.createdAt(),
                r.updatedAt());
    }
}

package io.relance.quote.web.api;

import io.relance.quote.core.LineInput;
import io.relance.quote.core.QuoteInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The JSON of a create or a PATCH (rates in percent; amounts in the workspace's currency). */
record QuoteBody(
        UUID thirdpartyId,
        UUID contactId,
        LocalDate validUntil,
        String currency,
        String language,
        String introduction,
        String terms,
        List<LineBody> lines,
        Long version) {

    record LineBody(
            String kind,
            UUID productId,
            String description,
            BigDecimal quantity,
            String unit,
            BigDecimal unitPrice,
            BigDecimal discountPercent,
            BigDecimal taxRate,
            Boolean credit) {}

    QuoteInput input() {
        List<LineInput> lineInputs = lines == null
                ? null
                : lines.stream()
                        .map(l -> l == null
                                ? null
                                : new LineInput(
                                        l.kind(),
                                        l.description(),
                                        l.quantity(),
                                        l.unit(),
                                        l.unitPrice(),
                                        l.discountPercent(),
                                        l.taxRate(),
                                        l.productId(),
                                        l.credit()))
                        .toList();
        return new QuoteInput(
                thirdpartyId,
                contactId,
                validUntil,
                currency,
                language,
                introduction,
                terms,
                lineInputs,
                version,
                null);
    }
}

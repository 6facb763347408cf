package io.relance.quote.web.api;

import io.relance.quote.core.LineInput;
import io.relance.quote.core.QuoteInput;
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
        List<LineInput> lines,
        Long version) {

    QuoteInput input() {
        return new QuoteInput(
                thirdpartyId, contactId, validUntil, currency, language, introduction, terms, lines, version, null);
    }
}

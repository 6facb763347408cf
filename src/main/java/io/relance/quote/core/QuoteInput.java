package io.relance.quote.core;

import io.relance.shared.FieldProblem;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A quote as the API or the editor gives it, unchecked. To create: {@code thirdpartyId} is required, the rest has
 * defaults. To change (PATCH): {@code version} is required and a null field stays as it was ({@code lines}, when
 * given, replace every line).
 *
 * @param problems what the caller already found wrong reading its input (a number that is not one), reported
 *     with the rest
 */
public record QuoteInput(
        UUID thirdpartyId,
        UUID contactId,
        LocalDate validUntil,
        String currency,
        String language,
        String introduction,
        String terms,
        List<LineInput> lines,
        Long version,
        List<FieldProblem> problems) {

    public QuoteInput {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }
}

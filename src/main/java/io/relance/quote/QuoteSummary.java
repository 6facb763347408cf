package io.relance.quote;

import io.relance.party.ThirdPartyId;
import io.relance.shared.Money;
import io.relance.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What other modules may read of a quote's current revision: enough to list it, send it, track it or print its
 * header, never the aggregate itself.
 *
 * @param number the number shown, with its revision's suffix ({@code QU2612-0001-2})
 * @param revision 1 for the first revision
 * @param ownerId the third party's owner
 * @param language the document's language ({@code fr})
 */
public record QuoteSummary(
        QuoteId id,
        String number,
        int revision,
        QuoteStatus status,
        ThirdPartyId thirdPartyId,
        UUID contactId,
        UserId ownerId,
        Money totalNet,
        Money totalTax,
        Money totalGross,
        String currency,
        LocalDate validUntil,
        Instant sentAt,
        String language) {}

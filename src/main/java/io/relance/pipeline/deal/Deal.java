package io.relance.pipeline.deal;

import io.relance.party.ThirdPartyId;
import io.relance.pipeline.DealId;
import io.relance.shared.Money;
import io.relance.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A deal: an interested third party (and maybe one of its contacts) on an object ({@code objectId}, an id of the
 * objects module) or a standalone opportunity, in a phase of a pipeline since {@code enteredPhaseAt}; its owner,
 * amount (optional), expected day; when something last happened on it; how many visits were logged on it.
 */
public record Deal(
        DealId id,
        String pipeline,
        String phase,
        ThirdPartyId thirdPartyId,
        UUID contactId,
        UUID objectId,
        UserId ownerId,
        Money amount,
        java.util.Currency currency,
        LocalDate expectedOn,
        Instant enteredPhaseAt,
        Instant lastActivityAt,
        int visits,
        Instant createdAt,
        UserId createdBy,
        long version) {

    /** The deal in another phase from {@code at}. */
    Deal movedTo(String newPhase, Instant at) {
        return new Deal(
                id,
                pipeline,
                newPhase,
                thirdPartyId,
                contactId,
                objectId,
                ownerId,
                amount,
                currency,
                expectedOn,
                at,
                latest(at),
                visits,
                createdAt,
                createdBy,
                version);
    }

    /** The deal once an action happened on it at {@code at} (a visit counted). */
    Deal acted(boolean visit, Instant at) {
        return new Deal(
                id,
                pipeline,
                phase,
                thirdPartyId,
                contactId,
                objectId,
                ownerId,
                amount,
                currency,
                expectedOn,
                enteredPhaseAt,
                latest(at),
                visit ? visits + 1 : visits,
                createdAt,
                createdBy,
                version);
    }

    /** The deal with other facts (a change by someone). */
    Deal withFacts(UUID newContact, UUID newObject, UserId newOwner, Money newAmount, LocalDate newExpected) {
        return new Deal(
                id,
                pipeline,
                phase,
                thirdPartyId,
                newContact,
                newObject,
                newOwner,
                newAmount,
                currency,
                newExpected,
                enteredPhaseAt,
                lastActivityAt,
                visits,
                createdAt,
                createdBy,
                version);
    }

    /** Whether it stayed longer than {@code rotDays} without activity (null: never stale) at {@code now}. */
    public boolean staleAt(Integer rotDays, Instant now) {
        return rotDays != null
                && lastActivityAt.plus(java.time.Duration.ofDays(rotDays)).isBefore(now);
    }

    private Instant latest(Instant at) {
        return at.isAfter(lastActivityAt) ? at : lastActivityAt;
    }
}

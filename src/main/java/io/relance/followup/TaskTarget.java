package io.relance.followup;

import io.relance.party.ThirdPartyId;
import java.util.Objects;
import java.util.UUID;

/**
 * What a task is about: always a third party, optionally one of its contacts and one of its quotes (deals later,
 * with the pipelines). The one target model of the module: tasks, rules and the timeline read it.
 */
public record TaskTarget(ThirdPartyId thirdParty, UUID contactId, UUID quoteId) {

    public TaskTarget {
        Objects.requireNonNull(thirdParty, "thirdParty");
    }

    public static TaskTarget of(ThirdPartyId thirdParty) {
        return new TaskTarget(thirdParty, null, null);
    }

    public TaskTarget withQuote(UUID quote) {
        return new TaskTarget(thirdParty, contactId, quote);
    }

    public TaskTarget withContact(UUID contact) {
        return new TaskTarget(thirdParty, contact, quoteId);
    }
}

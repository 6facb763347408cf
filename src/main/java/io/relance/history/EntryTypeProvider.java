package io.relance.history;

import java.util.List;
import java.util.Map;

/** Implemented by each module that records timeline entries: the entry types it owns. */
public interface EntryTypeProvider {

    List<EntryType> entryTypes();

    /**
     * Which of its entry types are outbound contacts with the record's client, and through which channel
     * ({@code CALL}, {@code EMAIL}, {@code SMS}, {@code VISIT}, {@code MEETING}): what the contact rules count. An
     * entry of such a type counts unless its direction is {@link Direction#INBOUND}.
     */
    default Map<String, String> outboundContactChannels() {
        return Map.of();
    }
}

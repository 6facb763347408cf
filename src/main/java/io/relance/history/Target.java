package io.relance.history;

import java.util.UUID;

/** The record an event or a file belongs to: its kind ("THIRD_PARTY", later "QUOTE", "DEAL"…) and id. */
public record Target(String type, UUID id) {

    public static final String THIRD_PARTY = "THIRD_PARTY";

    public static Target thirdParty(UUID id) {
        return new Target(THIRD_PARTY, id);
    }
}

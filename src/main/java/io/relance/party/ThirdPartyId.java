package io.relance.party;

import java.util.UUID;

public record ThirdPartyId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}

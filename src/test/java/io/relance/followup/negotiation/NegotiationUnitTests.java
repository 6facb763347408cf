package io.relance.followup.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.history.ActivityLogged;
import io.relance.history.Direction;
import io.relance.history.HandLoggedType;
import io.relance.history.Target;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which logged activities are outbound contacts (they start a negotiation with a prospect). */
class NegotiationUnitTests {

    @ParameterizedTest
    @CsvSource({
        "CALL, OUTBOUND, true",
        "CALL, , true",
        "CALL, INBOUND, false",
        "EMAIL, OUTBOUND, true",
        "EMAIL, INBOUND, false",
        "SMS, OUTBOUND, true",
        "SMS, INBOUND, false",
        "VISIT, , true",
        "MEETING, , true",
        "NOTE, , false"
    })
    void anOutboundContactIsACallEmailOrSmsWeMadeOrAVisitOrAMeeting(
            HandLoggedType type, Direction direction, boolean outbound) {
        ActivityLogged logged = new ActivityLogged(
                UUID.randomUUID(),
                Target.thirdParty(UUID.randomUUID()),
                type,
                direction,
                Instant.EPOCH,
                UUID.randomUUID(),
                UUID.randomUUID());

        assertThat(logged.outboundContact()).isEqualTo(outbound);
    }
}

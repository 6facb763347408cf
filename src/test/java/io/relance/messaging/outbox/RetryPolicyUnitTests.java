package io.relance.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryPolicyUnitTests {

    final RetryPolicy policy = new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(4), 10);

    @ParameterizedTest(name = "after {0} failed attempt(s), wait {1} min")
    @CsvSource({"1,1", "2,2", "3,4", "4,8", "5,16", "6,32", "7,64", "8,128", "9,240", "40,240"})
    void theWaitDoublesAfterEachFailureUpToTheCap(int attempts, long minutes) {
        assertThat(policy.delayAfter(attempts)).isEqualTo(Duration.ofMinutes(minutes));
    }

    @ParameterizedTest(name = "after {0} attempt(s), permanent {1}: gives up {2}")
    @CsvSource({"1,false,false", "9,false,false", "10,false,true", "1,true,true"})
    void itGivesUpAfterTheLastAttemptOrAtOnceOnAPermanentRefusal(int attempts, boolean permanent, boolean givesUp) {
        assertThat(policy.givesUp(attempts, permanent)).isEqualTo(givesUp);
    }
}

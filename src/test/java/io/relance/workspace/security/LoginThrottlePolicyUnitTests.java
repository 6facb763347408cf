package io.relance.workspace.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoginThrottlePolicyUnitTests {

    @ParameterizedTest(name = "{0} failures of one account from one address -> wait {1} s")
    @CsvSource({"1, 0", "2, 0", "3, 2", "4, 4", "5, 8", "9, 128", "10, 900", "25, 900"})
    void anAccountFromOneAddressIsFreeThenSlowedThenBlocked(int failures, long seconds) {
        assertThat(LoginThrottlePolicy.PER_ADDRESS_AND_ACCOUNT.waitAfter(failures))
                .isEqualTo(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest(name = "{0} failures of one account from anywhere -> wait {1} s")
    @CsvSource({"9, 0", "10, 2", "11, 4", "30, 900"})
    void anAccountTriedFromManyAddressesIsSlowedThenBlocked(int failures, long seconds) {
        assertThat(LoginThrottlePolicy.PER_ACCOUNT.waitAfter(failures)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest(name = "{0} failures from one address over every account -> wait {1} s")
    @CsvSource({"18, 0", "99, 0", "100, 1", "101, 2", "300, 900"})
    void onlyASprayerIsSlowedPerAddress(int failures, long seconds) {
        assertThat(LoginThrottlePolicy.PER_ADDRESS.waitAfter(failures)).isEqualTo(Duration.ofSeconds(seconds));
    }
}

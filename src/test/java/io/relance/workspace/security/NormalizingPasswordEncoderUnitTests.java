package io.relance.workspace.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class NormalizingPasswordEncoderUnitTests {

    @SuppressWarnings("deprecation")
    private final PasswordEncoder encoder = new NormalizingPasswordEncoder(NoOpPasswordEncoder.getInstance());

    @Test
    void aPasswordSetThroughAFormMatchesTheSameTypedAtTheLogin() {
        // set through JSON or a form, the password arrives normalised; the login reads it raw
        String stored = encoder.encode("Cafe\u0301 au lait 42");
        assertThat(encoder.matches("\u00A0Caf\u00E9 au lait 42 ", stored)).isTrue();
        assertThat(encoder.matches("Café au lait 43", stored)).isFalse();
    }

    @Test
    void aHashMadeBeforeTheRuleStillMatchesThePasswordAsTypedThen() {
        String legacy = " spaced password ";
        assertThat(encoder.matches(" spaced password ", legacy)).isTrue();
    }

    @Test
    void aControlCharacterMatchesNothing() {
        String stored = encoder.encode("long-enough-password");
        assertThat(encoder.matches("long-enough-password\u0000", stored)).isFalse();
    }
}

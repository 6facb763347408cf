package io.relance.followup.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.shared.WorkspaceId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedTokensUnitTests {

    private static final WorkspaceId ACME = new WorkspaceId(UUID.fromString("01a2f4c8-0000-7000-8000-00000000abcd"));

    @Test
    void aTokenNamesItsWorkspaceAndIsNeverTheSameTwice() {
        String one = FeedTokens.newToken(ACME);
        String two = FeedTokens.newToken(ACME);

        assertThat(one).hasSize(FeedTokens.LENGTH).matches("[A-Za-z0-9_-]+").isNotEqualTo(two);
        assertThat(one.substring(0, 21)).isEqualTo(two.substring(0, 21));
        assertThat(FeedTokens.workspaceOf(one)).hasValue(ACME);
        assertThat(FeedTokens.workspaceOf(two)).hasValue(ACME);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "short",
                "AaI1hKuKdjaD3q-d1nGwqqwPqer6vuTplu2UYN-MPAzR8GBJobVALTZfOdr-HFy",
                "AaI1hKuKdjaD3q-d1nGwqqwPqer6vuTplu2UYN-MPAzR8GBJobVALTZfOdr-HFyDx",
                "AaI1hKuKdjaD3q-d1nGwqqwPqer6vuTplu2UYN-MPAzR8GBJobVALTZfOdr-HF/D",
                "AaI1hKuKdjaD3q-d1nGwqqwPqer6vuTplu2UYN-MPAzR8GBJobVALTZfOdr-HF=D",
                "AaI1hKuKdjaD3q-d1nGwqqwPqer6vuTplu2UYN-MPAzR8GBJobVALTZfOdr-HF.D"
            })
    void anythingElseNamesNoWorkspaceAndIsNeverLookedUp(String token) {
        assertThat(FeedTokens.workspaceOf(token)).isEmpty();
    }
}

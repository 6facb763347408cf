package io.relance.tracking.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.shared.WorkspaceId;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LinkTokensUnitTests {

    final WorkspaceId ws = new WorkspaceId(UUID.randomUUID());
    final byte[] key = LinkTokens.decodeKey(LinkTokens.newKey());

    @Test
    void aTokenIsUrlSafeNamesItsWorkspaceAndCarries192SecretBits() {
        String token = LinkTokens.token(ws, key, LinkTokens.newNonce());
        assertThat(token).hasSize(54).matches("[A-Za-z0-9_-]{54}");
        assertThat(LinkTokens.workspaceOf(token)).contains(ws);
        assertThat(LinkTokens.SECRET_BYTES * 8).isGreaterThanOrEqualTo(128);
    }

    @Test
    void theSameNonceAndKeyGiveTheSameTokenAndAnythingElseAnother() {
        String nonce = LinkTokens.newNonce();
        assertThat(LinkTokens.token(ws, key, nonce)).isEqualTo(LinkTokens.token(ws, key, nonce));
        assertThat(LinkTokens.token(ws, LinkTokens.decodeKey(LinkTokens.newKey()), nonce))
                .isNotEqualTo(LinkTokens.token(ws, key, nonce));
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            tokens.add(LinkTokens.token(ws, key, LinkTokens.newNonce()));
        }
        assertThat(tokens).hasSize(1000);
    }

    @Test
    void somethingNotShapedLikeATokenNamesNoWorkspace() {
        assertThat(LinkTokens.workspaceOf(null)).isEmpty();
        assertThat(LinkTokens.workspaceOf("short")).isEmpty();
        assertThat(LinkTokens.workspaceOf("a".repeat(53) + "!")).isEmpty();
        assertThat(LinkTokens.workspaceOf("a".repeat(55))).isEmpty();
    }

    @Test
    void anInstallationKeyGivesEachWorkspaceItsOwnKey() {
        WorkspaceId other = new WorkspaceId(UUID.randomUUID());
        assertThat(LinkTokens.derivedKey("secret", ws)).isNotEqualTo(LinkTokens.derivedKey("secret", other));
        assertThat(LinkTokens.derivedKey("secret", ws)).isEqualTo(LinkTokens.derivedKey("secret", ws));
    }
}

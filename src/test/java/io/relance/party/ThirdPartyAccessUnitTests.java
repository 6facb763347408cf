package io.relance.party;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.shared.Db;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The visibility rule as SQL: nothing for managers and admins; own or lent for a rep, on the columns given. */
class ThirdPartyAccessUnitTests {

    static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    static final WorkspaceId WS = new WorkspaceId(UUID.randomUUID());

    @Test
    void managersAndAdminsAreNotRestricted() {
        var predicate = ThirdPartyAccess.predicate(
                WS, new UserId(UUID.randomUUID()), true, NOW, ThirdPartyAccess.Columns.of("t"));
        assertThat(predicate.restricts()).isFalse();
        assertThat(predicate.sql()).isEqualTo("1 = 1");
        assertThat(predicate.params()).isEmpty();
    }

    @Test
    void aRepSeesWhatHeOwnsOrWasLentUntilItEnds() {
        UserId rep = new UserId(UUID.randomUUID());
        var predicate = ThirdPartyAccess.predicate(WS, rep, false, NOW, ThirdPartyAccess.Columns.of("q"));
        assertThat(predicate.restricts()).isTrue();
        assertThat(predicate.sql())
                .startsWith("(q.owner_id = :accessViewer OR EXISTS (SELECT 1 FROM ownership_exceptions e")
                .contains("e.workspace_id = :accessWorkspace AND e.third_party_id = q.id")
                .contains("e.revoked_at IS NULL AND e.ends_at > :accessNow");
        assertThat(predicate.params())
                .containsEntry(ThirdPartyAccess.WORKSPACE_PARAM, WS.value())
                .containsEntry(ThirdPartyAccess.VIEWER_PARAM, rep.value())
                .containsEntry(ThirdPartyAccess.NOW_PARAM, Db.ts(NOW));
    }
}

package io.relance.shared.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relance.IntegrationTest;
import io.relance.shared.WorkspaceId;
import io.relance.workspace.WorkspaceFixture;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** Counters per workspace and document kind; a gapless kind neither skips nor reuses a number. */
@IntegrationTest
class NumberingIntegrationTests {

    static final DocumentKind INVOICE = DocumentKind.gapless("TEST_INVOICE", "IN{yyyy}-{00000}");
    static final DocumentKind NOTE = DocumentKind.of("TEST_NOTE", "NO-{000}");
    static final ZonedDateTime AT = ZonedDateTime.of(2026, 11, 30, 10, 0, 0, 0, ZoneOffset.UTC);

    @Autowired
    Numbering numbering;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    WorkspaceFixture workspaces;

    String next(WorkspaceId ws, DocumentKind kind) {
        return transactions.execute(tx -> numbering.next(ws, kind, AT, code -> true));
    }

    @Test
    void aRolledBackValidationGivesItsNumberBack() {
        WorkspaceId ws = workspaces.create("Acme").id();
        assertThat(next(ws, INVOICE)).isEqualTo("IN2026-00001");

        String lost = transactions.execute(tx -> {
            String code = numbering.next(ws, INVOICE, AT, c -> true);
            tx.setRollbackOnly();
            return code;
        });

        assertThat(lost).isEqualTo("IN2026-00002");
        assertThat(next(ws, INVOICE)).as("no gap after a rollback").isEqualTo("IN2026-00002");
        assertThat(next(ws, INVOICE)).isEqualTo("IN2026-00003");
        assertThat(numbering.last(ws, INVOICE, "2026")).isEqualTo(3);
    }

    @Test
    void aGaplessKindNeverSkipsATakenCodeWhereOthersDo() {
        WorkspaceId ws = workspaces.create("Acme").id();
        assertThatThrownBy(() -> transactions.execute(tx -> numbering.next(ws, INVOICE, AT, c -> false)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(numbering.last(ws, INVOICE, "2026"))
                .as("the failed validation rolled back")
                .isZero();

        String skipping = transactions.execute(tx -> numbering.next(ws, NOTE, AT, c -> !c.equals("NO-001")));
        assertThat(skipping).isEqualTo("NO-002");
    }

    @Test
    void countersAreKeptPerWorkspaceAndKindAndOnlyInsideATransaction() {
        WorkspaceId acme = workspaces.create("Acme").id();
        WorkspaceId other = workspaces.create("Other").id();
        assertThat(next(acme, INVOICE)).isEqualTo("IN2026-00001");
        assertThat(next(acme, NOTE)).isEqualTo("NO-001");
        assertThat(next(other, INVOICE)).isEqualTo("IN2026-00001");
        assertThatThrownBy(() -> numbering.next(acme, INVOICE, AT, c -> true))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void aSavedMaskNumbersItsKindOnly() {
        WorkspaceId ws = workspaces.create("Acme").id();
        assertThat(numbering.setting(ws, NOTE)).isEqualTo(new Numbering.Setting("NO-{000}", 0));
        assertThat(numbering.saveSetting(ws, NOTE, "NB{yy}-{00}", 0)).isTrue();
        assertThat(numbering.saveSetting(ws, NOTE, "NC{yy}-{00}", 0))
                .as("stale")
                .isFalse();
        assertThat(next(ws, NOTE)).isEqualTo("NB26-01");
        assertThat(next(ws, INVOICE)).isEqualTo("IN2026-00001");
    }
}

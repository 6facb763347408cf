package io.relance.followup.daily;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How a daily part works through its candidates: chunks of 500, one transaction each; a chunk another node claimed
 * in part is rolled back, narrowed to what is still to do and tried again; after five contended tries the part fails.
 */
class DailyChunksUnitTests {

    /** Counts the transactions begun, committed and rolled back. */
    static final class CountingTransactions implements PlatformTransactionManager {
        int begun;
        int committed;
        int rolledBack;

        @Override
        public TransactionStatus getTransaction(TransactionDefinition definition) {
            begun++;
            return new SimpleTransactionStatus();
        }

        @Override
        public void commit(TransactionStatus status) {
            committed++;
        }

        @Override
        public void rollback(TransactionStatus status) {
            rolledBack++;
        }
    }

    final CountingTransactions transactions = new CountingTransactions();
    final TransactionTemplate template = new TransactionTemplate(transactions);

    static List<Integer> items(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    @Test
    void twelveHundredItemsGoInThreeChunksOfAtMostFiveHundredEachInItsTransaction() {
        List<Integer> sizes = new ArrayList<>();

        int done = DailyChunks.run(template, items(1200), chunk -> chunk, chunk -> {
            sizes.add(chunk.size());
            return chunk.size();
        });

        assertThat(done).isEqualTo(1200);
        assertThat(sizes).containsExactly(500, 500, 200);
        assertThat(transactions.committed).isEqualTo(3);
        assertThat(transactions.rolledBack).isZero();
    }

    @Test
    void aChunkAnotherNodeClaimedInPartIsRolledBackNarrowedAndTriedAgain() {
        List<List<Integer>> tried = new ArrayList<>();

        int done = DailyChunks.run(
                template,
                items(4),
                // the other node took the even ones
                chunk -> chunk.stream().filter(i -> i % 2 == 1).toList(),
                chunk -> {
                    tried.add(chunk);
                    if (chunk.size() == 4) {
                        throw new DailyChunks.Contended(4, 2);
                    }
                    return chunk.size();
                });

        assertThat(done).isEqualTo(2);
        assertThat(tried).containsExactly(List.of(0, 1, 2, 3), List.of(1, 3));
        assertThat(transactions.rolledBack).isEqualTo(1);
        assertThat(transactions.committed).isEqualTo(1);
    }

    @Test
    void aChunkWhollyTakenByAnotherNodeIsLeftAlone() {
        int done = DailyChunks.run(template, items(3), chunk -> List.of(), chunk -> {
            throw new DailyChunks.Contended(3, 0);
        });

        assertThat(done).isZero();
        assertThat(transactions.begun).isEqualTo(1);
    }

    @Test
    void afterFiveContendedTriesThePartFails() {
        assertThatThrownBy(() -> DailyChunks.run(template, items(2), chunk -> chunk, chunk -> {
                    throw new DailyChunks.Contended(2, 1);
                }))
                .isInstanceOf(DailyChunks.Contended.class);
        assertThat(transactions.rolledBack).isEqualTo(DailyChunks.TRIES);
    }
}

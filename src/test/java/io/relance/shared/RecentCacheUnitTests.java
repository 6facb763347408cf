package io.relance.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class RecentCacheUnitTests {

    final AtomicLong nanos = new AtomicLong(1_000);
    final RecentCache<String, Integer> cache = new RecentCache<>(Duration.ofSeconds(5), 100, nanos::get);
    final AtomicInteger loads = new AtomicInteger();

    Integer load(String key) {
        return loads.incrementAndGet();
    }

    @AfterEach
    void noTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
        TransactionSynchronizationManager.setActualTransactionActive(false);
    }

    @Test
    void aValueIsServedUntilItsTimeToLiveEnds() {
        assertThat(cache.get("ws", this::load)).isEqualTo(1);
        nanos.addAndGet(Duration.ofSeconds(4).toNanos());
        assertThat(cache.get("ws", this::load)).isEqualTo(1);
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(cache.get("ws", this::load)).isEqualTo(2);
    }

    @Test
    void anEvictedKeyIsLoadedAgainAtOnce() {
        cache.get("ws", this::load);
        cache.evict("ws");
        assertThat(cache.get("ws", this::load)).isEqualTo(2);
        assertThat(cache.get("other", this::load)).isEqualTo(3);
    }

    @Test
    void aValueLoadedWhileAWriterEvictsIsNotKept() {
        Integer first = cache.get("ws", key -> {
            cache.evict("ws"); // the row changed while it was being read: what was read may be the old row
            return load(key);
        });
        assertThat(first).isEqualTo(1);
        assertThat(cache.get("ws", this::load)).isEqualTo(2);
    }

    @Test
    void whatATransactionReadsIsNotKeptAndItsWritesEvictAgainAfterCommit() {
        TransactionSynchronizationManager.initSynchronization();
        TransactionSynchronizationManager.setActualTransactionActive(true);
        assertThat(cache.get("ws", this::load)).isEqualTo(1);
        assertThat(cache.get("ws", this::load)).isEqualTo(2); // perhaps its own uncommitted write: not kept

        cache.evict("ws");
        var afterCommit = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        TransactionSynchronizationManager.setActualTransactionActive(false);

        assertThat(cache.get("ws", this::load)).isEqualTo(3); // another reader, before the commit: the old row
        afterCommit.forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        assertThat(cache.get("ws", this::load)).isEqualTo(4);
    }
}

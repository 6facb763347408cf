package io.relance.shared;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Rows that change rarely and are read on every request (a workspace's settings, its custom fields, its tag names,
 * its members), kept by one node for a few seconds. The repository that owns the table evicts on each of its
 * writes, at once and again after the commit, so a node never serves what it has itself changed; other nodes see a
 * change within the time to live.
 *
 * <p>What a transaction reads is not kept (it may be its own uncommitted write), and a value loaded while an
 * eviction happened is not kept either (it may be older than the write). Ages are measured with
 * {@link System#nanoTime()}: a cache's freshness is not application time, and a test that moves the application
 * {@code Clock} must not make cached rows older or younger.
 */
public final class RecentCache<K, V> {

    public static final Duration DEFAULT_TTL = Duration.ofSeconds(5);

    private record Entry<V>(V value, long loadedAt) {}

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final AtomicLong evictions = new AtomicLong();
    private final long ttlNanos;
    private final int maxEntries;
    private final LongSupplier ticker;

    public RecentCache() {
        this(DEFAULT_TTL, 10_000, System::nanoTime);
    }

    /** Keeps at most this many keys (then starts again empty), each for {@link #DEFAULT_TTL}. */
    public RecentCache(int maxEntries) {
        this(DEFAULT_TTL, maxEntries, System::nanoTime);
    }

    /** Keeps at most this many keys (then starts again empty), each for {@code ttl}. */
    public RecentCache(Duration ttl, int maxEntries) {
        this(ttl, maxEntries, System::nanoTime);
    }

    RecentCache(Duration ttl, int maxEntries, LongSupplier ticker) {
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
        this.ticker = ticker;
    }

    public V get(K key, Function<K, V> loader) {
        long now = ticker.getAsLong();
        Entry<V> entry = entries.get(key);
        if (entry != null && now - entry.loadedAt() < ttlNanos) {
            return entry.value();
        }
        long generation = evictions.get();
        V value = loader.apply(key);
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
            entries.put(key, new Entry<>(value, now));
            if (evictions.get() != generation) {
                entries.remove(key);
            }
        }
        return value;
    }

    /** Forgets the key now and, inside a transaction, again once it has committed. */
    public void evict(K key) {
        forget(() -> entries.remove(key));
    }

    /** Forgets every key now and, inside a transaction, again once it has committed. */
    public void evictAll() {
        forget(entries::clear);
    }

    private void forget(Runnable removal) {
        evictions.incrementAndGet();
        removal.run();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    evictions.incrementAndGet();
                    removal.run();
                }
            });
        }
    }
}

package io.relance;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A test step: work run on two threads released at the same moment (as two nodes, or two users, would), waited for;
 * what each returned, in order. A failure of either is thrown.
 */
public final class TwoThreads {

    private TwoThreads() {}

    /** The same work on both threads. */
    public static <T> List<T> atOnce(Callable<T> work) throws Exception {
        return atOnce(work, work);
    }

    /** {@code first} on one thread, {@code second} on the other. */
    public static <T> List<T> atOnce(Callable<T> first, Callable<T> second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<T>> runs = new ArrayList<>();
            for (Callable<T> work : List.of(first, second)) {
                runs.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return work.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> run : runs) {
                results.add(run.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}

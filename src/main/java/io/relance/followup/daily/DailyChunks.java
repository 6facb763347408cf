package io.relance.followup.daily;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How a daily part works through its candidates (read in one statement for the workspace): in chunks of at most
 * {@link #SIZE}, each in one transaction that claims its items set-based (one statement, which must reach every item
 * of the chunk) then writes what they need (multi-row statements). When another node claimed part of the chunk in
 * between (the claim reached fewer rows: {@link Contended}), the chunk is rolled back, narrowed to the items still to
 * do, and tried again; nothing is ever done twice, and nothing is held in memory between runs.
 */
public final class DailyChunks {

    /** Items per chunk: per transaction and per multi-row statement. */
    public static final int SIZE = 500;

    /** Tries of one chunk against other nodes before the part fails (and the run tries it again later). */
    static final int TRIES = 5;

    /** A claim reached fewer items than the chunk holds: another node took some of them meanwhile. */
    public static final class Contended extends RuntimeException {

        public Contended(int expected, int claimed) {
            super("Claimed " + claimed + " of " + expected + " items: another node took the others");
        }
    }

    private DailyChunks() {}

    /**
     * Runs {@code work} on each chunk of {@code candidates} in a transaction of its own; {@code stillToDo} re-reads
     * which items of a contended chunk are still to do (one statement). Answers the sum of what {@code work} answered.
     */
    public static <T> int run(
            TransactionTemplate transaction,
            List<T> candidates,
            Function<List<T>, List<T>> stillToDo,
            ToIntFunction<List<T>> work) {
        int done = 0;
        for (int from = 0; from < candidates.size(); from += SIZE) {
            List<T> chunk = new ArrayList<>(candidates.subList(from, Math.min(candidates.size(), from + SIZE)));
            for (int attempt = 1; ; attempt++) {
                if (chunk.isEmpty()) {
                    break;
                }
                try {
                    List<T> items = chunk;
                    Integer n = transaction.execute(tx -> work.applyAsInt(items));
                    done += n == null ? 0 : n;
                    break;
                } catch (Contended e) {
                    if (attempt >= TRIES) {
                        throw e;
                    }
                    chunk = stillToDo.apply(chunk);
                }
            }
        }
        return done;
    }
}

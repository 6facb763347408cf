package io.relance.shared;

import java.util.ArrayList;
import java.util.List;

/** A long list worked on in pieces: one statement, one event or one transaction per chunk. */
public final class Chunks {

    private Chunks() {}

    /** The list in consecutive pieces of at most {@code size} items, in order (views of it; none when it is empty). */
    public static <T> List<List<T>> of(List<T> all, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += size) {
            chunks.add(all.subList(from, Math.min(all.size(), from + size)));
        }
        return chunks;
    }

    /** One chunk as given (copied), refused when it holds more than {@code max} items ("At most 25 opens an event: 30"). */
    public static <T> List<T> atMost(List<T> chunk, int max, String what) {
        if (chunk.size() > max) {
            throw new IllegalArgumentException("At most " + max + " " + what + ": " + chunk.size());
        }
        return List.copyOf(chunk);
    }
}

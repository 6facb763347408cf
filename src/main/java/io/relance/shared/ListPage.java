package io.relance.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, as every list of the API answers it: {@code {"items": [...], "nextCursor": ...}}.
 * {@code nextCursor} is opaque and null on the last page.
 */
public record ListPage<T>(List<T> items, String nextCursor) {

    public <R> ListPage<R> map(Function<T, R> mapper) {
        return new ListPage<>(items.stream().map(mapper).toList(), nextCursor);
    }

    /**
     * Builds a page from {@code limit + 1} fetched rows: the extra row only says there is more.
     */
    public static <T> ListPage<T> of(List<T> fetched, int limit, Function<T, String> cursorOf) {
        if (fetched.size() <= limit) {
            return new ListPage<>(List.copyOf(fetched), null);
        }
        List<T> page = List.copyOf(fetched.subList(0, limit));
        return new ListPage<>(page, cursorOf.apply(page.get(limit - 1)));
    }
}

package io.relance.shared;

/** {@code limit} (default 50, at most 500) and an opaque {@code cursor}, as the API takes them. */
public record PageRequest(int limit, String cursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public static PageRequest of(Integer limit, String cursor) {
        int value = limit == null ? DEFAULT_LIMIT : limit;
        if (value < 1 || value > MAX_LIMIT) {
            throw new InvalidInputException("limit", "validation.limit", MAX_LIMIT);
        }
        return new PageRequest(value, cursor == null || cursor.isBlank() ? null : cursor);
    }

    /** As {@link #of(Integer, String)}, the limit as a query parameter has it (a non-number is a field error). */
    public static PageRequest parse(String limit, String cursor) {
        if (limit == null || limit.isBlank()) {
            return of(null, cursor);
        }
        try {
            return of(Integer.valueOf(limit.strip()), cursor);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("limit", "validation.number");
        }
    }
}

package io.relance.shared.web;

import io.relance.shared.InvalidInputException;
import java.util.function.Function;

/** What the API's JSON bodies must hold, checked once: a missing body or value is that field's "required" error. */
public final class ApiBodies {

    private ApiBodies() {}

    /** The body's value for {@code field}; absent (no body, or null in it), a field error. */
    public static <B, V> V required(B body, Function<B, V> value, String field) {
        V v = body == null ? null : value.apply(body);
        if (v == null) {
            throw new InvalidInputException(field, "validation.required");
        }
        return v;
    }
}

package io.relance.shared;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** Opaque keyset cursors: the sort values of the last row, joined and base64url-encoded. */
public final class Cursors {

    private static final char SEPARATOR = '\u001f';

    private Cursors() {}

    public static String encode(String... values) {
        String joined = String.join(String.valueOf(SEPARATOR), values);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor made by {@link #encode}; anything else is a field error on {@code cursor}. */
    public static List<String> decode(String cursor, int expectedParts) {
        try {
            String joined = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> parts = List.of(joined.split(String.valueOf(SEPARATOR), -1));
            if (parts.size() != expectedParts) {
                throw new IllegalArgumentException("wrong cursor arity");
            }
            return parts;
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("cursor", "validation.cursor");
        }
    }

    /** The position after a row in a list sorted on (an instant, an id), newest first: what {@link #keyset} reads. */
    public record Keyset(java.time.Instant at, java.util.UUID id) {}

    /** Reads a cursor made by {@code encode(at.toString(), id.toString())}; null for none, a field error when bad. */
    public static Keyset keyset(String cursor) {
        if (cursor == null) {
            return null;
        }
        List<String> parts = decode(cursor, 2);
        try {
            return new Keyset(java.time.Instant.parse(parts.get(0)), Ids.parseCursorId(parts.get(1)));
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException("cursor", "validation.cursor");
        }
    }
}

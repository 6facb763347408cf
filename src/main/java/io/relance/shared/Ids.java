package io.relance.shared;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import java.util.UUID;

/** Time-ordered UUID v7 identifiers: new rows land at the end of their index. */
public final class Ids {

    private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

    private Ids() {}

    public static UUID newId() {
        return GENERATOR.generate();
    }

    /** Parses an id read back from a cursor: a bad one is a field error on {@code cursor}. */
    public static UUID parseCursorId(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("cursor", "validation.cursor");
        }
    }

    /** Parses an id taken from a URL or a body; a malformed id reads as "not found", never as a 500. */
    public static UUID parse(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException();
        }
    }
}

package io.relance.shared;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads the texts of a form or a query one field at a time: a blank text is no value (null); a text that cannot be
 * read is no value too, and a problem on its field ({@code invalid}, a message key), kept so that {@link #check()}
 * refuses every bad field in one answer. Texts are read stripped.
 */
public final class TypedValues {

    private final List<FieldProblem> problems = new ArrayList<>();

    /** One field read alone: its value, or its problem thrown. */
    public static <T> T only(Function<TypedValues, T> read) {
        TypedValues typed = new TypedValues();
        T value = read.apply(typed);
        typed.check();
        return value;
    }

    /** A day as {@code YYYY-MM-DD}. */
    public LocalDate day(String field, String text, String invalid) {
        return read(field, text, invalid, LocalDate::parse);
    }

    /** A time of day as {@code HH:MM}. */
    public LocalTime time(String field, String text, String invalid) {
        return read(field, text, invalid, LocalTime::parse);
    }

    /** An id (a UUID). */
    public UUID id(String field, String text, String invalid) {
        return read(field, text, invalid, UUID::fromString);
    }

    /** A constant of {@code type}, named in any case. */
    public <E extends Enum<E>> E choice(String field, String text, Class<E> type, String invalid) {
        return read(field, text, invalid, t -> Enum.valueOf(type, t.toUpperCase(Locale.ROOT)));
    }

    /** Adds a problem found otherwise. */
    public void add(FieldProblem problem) {
        problems.add(problem);
    }

    /** Throws every problem found so far, if any. */
    public void check() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private <T> T read(String field, String text, String invalid, Function<String, T> parse) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parse.apply(text.strip());
        } catch (RuntimeException e) {
            problems.add(new FieldProblem(field, invalid));
            return null;
        }
    }
}

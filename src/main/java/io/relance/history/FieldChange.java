package io.relance.history;

/** One field changed: its name, the value before and after (as text). */
public record FieldChange(String field, String before, String after) {}

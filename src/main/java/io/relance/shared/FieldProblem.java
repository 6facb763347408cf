package io.relance.shared;

/**
 * One invalid field: {@code code} is a message key of the bundles, {@code args} its arguments.
 * Resolved in the user's language when answered.
 */
public record FieldProblem(String field, String code, Object... args) {}

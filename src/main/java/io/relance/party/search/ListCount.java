package io.relance.party.search;

/** How many rows match a filter; {@code capped} when there are more than {@code value} (counting stops there). */
public record ListCount(long value, boolean capped) {}

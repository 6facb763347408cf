package io.relance.quote.core;

/** A line of a quote: something sold, a section title, or the subtotal of the items above it. */
public enum LineKind {
    ITEM,
    SECTION,
    SUBTOTAL
}

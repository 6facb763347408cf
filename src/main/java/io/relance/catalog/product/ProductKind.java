package io.relance.catalog.product;

/** What is sold: goods, or work and time. */
public enum ProductKind {
    PRODUCT,
    SERVICE
}

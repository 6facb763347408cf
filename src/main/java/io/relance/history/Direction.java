package io.relance.history;

/** Who reached whom: the customer us (inbound) or we the customer (outbound). */
public enum Direction {
    INBOUND,
    OUTBOUND
}

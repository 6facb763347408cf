package io.relance.object;

/** What kind of object it is: what a search profile asks for. */
public enum SalesObjectType {
    APARTMENT,
    HOUSE,
    LAND,
    COMMERCIAL,
    OTHER
}

package io.relance.party.customfield;

/** The data type of a custom field: how it is validated, stored, filtered and sorted. */
public enum CustomFieldType {
    TEXT,
    LONG_TEXT,
    AMOUNT,
    NUMBER,
    DATE,
    CHOICE,
    MULTI_CHOICE,
    CHECKBOX,
    EMAIL,
    PHONE,
    URL;

    public boolean numeric() {
        return this == AMOUNT || this == NUMBER;
    }

    public boolean textual() {
        return this == TEXT || this == LONG_TEXT || this == EMAIL || this == PHONE || this == URL;
    }

    public boolean choices() {
        return this == CHOICE || this == MULTI_CHOICE;
    }

    /** Filters by a range ({@code cf.key.min}, {@code cf.key.max}). */
    public boolean ranged() {
        return numeric() || this == DATE;
    }
}

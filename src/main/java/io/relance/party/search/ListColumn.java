package io.relance.party.search;

import io.relance.party.customfield.CustomField;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A column of the third-party list: a built-in one ({@code code}, {@code city}…, its label from the bundles as
 * {@code thirdparty.col.<key>}) or a custom field ({@code cf.<key>}, its label the field's).
 */
public record ListColumn(String key, CustomField field) {

    /** A built-in column. */
    public static ListColumn builtIn(String key) {
        return new ListColumn(key, null);
    }

    /** The column of a custom field. */
    public static ListColumn of(CustomField field) {
        return new ListColumn(ListColumns.CUSTOM_PREFIX + field.key(), field);
    }

    public boolean custom() {
        return field != null;
    }

    /**
     * The custom field's label in the user's language ({@link CustomField#labelIn}); {@code null} for a built-in
     * column (its label is a message).
     */
    public String label() {
        return field == null ? null : field.labelIn(LocaleContextHolder.getLocale());
    }

    /** Whether the list sorts on it ({@code sort=<key>}). */
    public boolean sortable() {
        return custom() || ListColumns.SORTABLE.contains(key);
    }

    /** Whether a user may hide it: every column but the name. */
    public boolean removable() {
        return !key.equals(ListColumns.ALWAYS_SHOWN);
    }
}

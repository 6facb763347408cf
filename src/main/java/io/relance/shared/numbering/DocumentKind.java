package io.relance.shared.numbering;

/**
 * A kind of numbered document ({@code THIRD_PARTY}, later {@code QUOTE}, {@code INVOICE}), declared by the module
 * that owns it: its key (the counters' and the mask setting's), its default mask, and whether its numbers must be
 * <b>gapless</b>.
 *
 * <p>Gapless (invoices): a number is taken at validation, inside the validating transaction, under the counter
 * row's lock; a rollback gives it back, so no number is ever skipped or used twice, and a code already taken is an
 * error rather than a reason to skip. Otherwise (third parties), a code taken by hand meanwhile is skipped.
 */
public record DocumentKind(String key, String defaultMask, boolean gapless) {

    public DocumentKind {
        if (key == null || !key.matches("[A-Z][A-Z0-9_]{0,31}")) {
            throw new IllegalArgumentException("A document kind is an upper-case word: " + key);
        }
        CodeMask.parse(defaultMask);
    }

    /** Numbers that may skip a code already taken. */
    public static DocumentKind of(String key, String defaultMask) {
        return new DocumentKind(key, defaultMask, false);
    }

    /** Numbers without gaps, taken at validation (invoices). */
    public static DocumentKind gapless(String key, String defaultMask) {
        return new DocumentKind(key, defaultMask, true);
    }
}

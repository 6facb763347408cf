package io.relance.catalog.product;

import io.relance.shared.InvalidInputException;
import io.relance.shared.Text;

/**
 * What the list of products is filtered on: {@code q} (words of the reference or label, accents and case aside),
 * {@code active} (null: both) and {@code kind} (null: both). Always sorted by label.
 */
public record ProductFilter(String q, Boolean active, ProductKind kind) {

    public static final int Q_MAX = 200;

    public static ProductFilter of(String q, String active, String kind) {
        String query = Text.clean(q);
        if (query != null && query.length() > Q_MAX) {
            throw new InvalidInputException("q", "validation.size.max", Q_MAX);
        }
        if (query != null && Text.hasInvalidCharacter(query)) {
            throw new InvalidInputException("q", Text.INVALID_CHARACTER);
        }
        return new ProductFilter(query, bool("active", active), kind(kind));
    }

    /** The active products matching what was typed: the picker. */
    public static ProductFilter picker(String q) {
        return of(q, "true", null);
    }

    public boolean isEmpty() {
        return q == null && active == null && kind == null;
    }

    private static Boolean bool(String field, String value) {
        String v = Text.clean(value);
        if (v == null || v.equals("any")) {
            return null;
        }
        return switch (v) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInputException(field, "validation.choice");
        };
    }

    private static ProductKind kind(String value) {
        String v = Text.clean(value);
        if (v == null || v.equals("any")) {
            return null;
        }
        try {
            return ProductKind.valueOf(v);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "validation.choice");
        }
    }
}

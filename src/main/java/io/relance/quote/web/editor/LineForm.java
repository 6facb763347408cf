package io.relance.quote.web.editor;

/** A line of the editor as typed (numbers as text, in the user's way: {@code 1 234,50} or {@code 1234.50}). */
public record LineForm(
        String kind,
        String description,
        String quantity,
        String unit,
        String unitPrice,
        String discountPercent,
        String taxRate,
        String productId,
        boolean credit) {

    public static LineForm item() {
        return new LineForm("ITEM", "", "1", "", "", "0", "", "", false);
    }

    public static LineForm of(String kind) {
        return "ITEM".equals(kind) ? item() : new LineForm(kind, "", "", "", "", "", "", "", false);
    }

    public boolean isItem() {
        return kind == null || kind.isBlank() || "ITEM".equals(kind);
    }
}

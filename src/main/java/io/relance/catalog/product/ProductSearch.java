package io.relance.catalog.product;

import io.relance.shared.Cursors;
import io.relance.shared.Ids;
import io.relance.shared.ListPage;
import io.relance.shared.PageRequest;
import io.relance.shared.WorkspaceId;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** The list of products (the page, the API) and the picker of the quote editor, in label order. */
@Service
public class ProductSearch {

    /** How many products the picker offers at most for what was typed. */
    public static final int PICKER_SIZE = 20;

    private final Products products;

    ProductSearch(Products products) {
        this.products = products;
    }

    public ListPage<ProductDetails> list(WorkspaceId ws, ProductFilter filter, PageRequest page) {
        String afterLabel = null;
        UUID afterId = null;
        if (page.cursor() != null) {
            List<String> parts = Cursors.decode(page.cursor(), 2);
            afterLabel = parts.get(0);
            afterId = Ids.parseCursorId(parts.get(1));
        }
        List<ProductDetails> fetched = products.page(ws, filter, afterLabel, afterId, page.limit() + 1);
        return ListPage.of(
                fetched,
                page.limit(),
                d -> Cursors.encode(Products.sortLabel(d), d.product().id().toString()));
    }

    /** The active products matching what was typed, the first {@link #PICKER_SIZE} in label order. */
    public List<ProductDetails> picker(WorkspaceId ws, String q) {
        return products.page(ws, ProductFilter.picker(q), null, null, PICKER_SIZE);
    }
}

package io.relance.object.core;

import io.relance.shared.Cursors;
import io.relance.shared.Ids;
import io.relance.shared.ListPage;
import io.relance.shared.PageRequest;
import io.relance.shared.WorkspaceId;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** The list of objects (the page, the API), in title order, by keyset paging. */
@Service
public class ObjectSearch {

    private final SalesObjectTable objects;

    ObjectSearch(SalesObjectTable objects) {
        this.objects = objects;
    }

    public ListPage<SalesObject> list(WorkspaceId ws, SalesObjectFilter filter, PageRequest page) {
        String afterTitle = null;
        UUID afterId = null;
        if (page.cursor() != null) {
            List<String> parts = Cursors.decode(page.cursor(), 2);
            afterTitle = parts.get(0);
            afterId = Ids.parseCursorId(parts.get(1));
        }
        List<SalesObject> fetched = objects.page(ws, filter, afterTitle, afterId, page.limit() + 1);
        return ListPage.of(fetched, page.limit(), o -> Cursors.encode(o.sortTitle(), o.id().toString()));
    }
}

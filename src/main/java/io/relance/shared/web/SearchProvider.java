package io.relance.shared.web;

import io.relance.shared.RelanceUser;
import java.util.List;

/** What a module finds for the global search box (a bean): its records matching what the user typed. */
public interface SearchProvider {

    /** Where its results come among the others. */
    int order();

    /** At most {@code max} records the user may see, matching {@code query} (2 to 200 characters). */
    List<SearchResult> search(RelanceUser me, String query, int max);

    /**
     * A record found: its name, code and one more detail, the page it opens.
     *
     * @param icon its Bootstrap icon class
     */
    record SearchResult(String label, String code, String detail, String path, String icon) {}
}

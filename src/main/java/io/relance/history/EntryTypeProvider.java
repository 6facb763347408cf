package io.relance.history;

import java.util.List;

/** Implemented by each module that records timeline entries: the entry types it owns. */
public interface EntryTypeProvider {

    List<EntryType> entryTypes();
}

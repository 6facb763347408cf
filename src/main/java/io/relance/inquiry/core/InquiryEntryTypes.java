package io.relance.inquiry.core;

import io.relance.history.EntryType;
import io.relance.history.EntryTypeProvider;
import java.util.List;
import org.springframework.stereotype.Component;

/** The timeline entry of an inquiry (templates/inquiry/entries): its text, on the inquiry and its third party. */
@Component
class InquiryEntryTypes implements EntryTypeProvider {

    static final String RECEIVED = "inquiry.received";

    /** The timeline target of an inquiry itself (its entry shows there too). */
    static final String TARGET = "INQUIRY";

    /** The kind of record an object is on the timelines (the objects module's): the entry shows on the object too. */
    static final String OBJECT_TARGET = "SALES_OBJECT";

    @Override
    public List<EntryType> entryTypes() {
        return List.of(new EntryType(RECEIVED, "messages", "inquiry.entry.received", "inquiry/entries", "entry"));
    }
}

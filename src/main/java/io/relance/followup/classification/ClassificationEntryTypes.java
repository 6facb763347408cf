package io.relance.followup.classification;

import io.relance.history.EntryType;
import io.relance.history.EntryTypeProvider;
import java.util.List;
import org.springframework.stereotype.Component;

/** The timeline entry of a classification ("Classified as Promising"), shown by templates/followup/classification-entries. */
@Component
class ClassificationEntryTypes implements EntryTypeProvider {

    static final String CLASSIFIED = "followup.classified";

    @Override
    public List<EntryType> entryTypes() {
        return List.of(new EntryType(
                CLASSIFIED,
                "changes",
                "followup.classification.entry.classified",
                "followup/classification-entries",
                "classified"));
    }
}

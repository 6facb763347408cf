package io.relance.followup.lost;

import io.relance.history.EntryType;
import io.relance.history.EntryTypeProvider;
import java.util.List;
import org.springframework.stereotype.Component;

/** The timeline entry of a loss (templates/followup/lost-entries): its reason, competitor and comment. */
@Component
class LossEntryTypes implements EntryTypeProvider {

    static final String LOST = "followup.lost";

    @Override
    public List<EntryType> entryTypes() {
        return List.of(new EntryType(LOST, "changes", "followup.lost.entry", "followup/lost-entries", "entry"));
    }
}

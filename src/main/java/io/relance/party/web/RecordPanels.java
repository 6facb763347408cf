package io.relance.party.web;

import io.relance.party.ThirdPartyId;
import io.relance.shared.web.Flash;
import io.relance.shared.web.HtmxAnswer;
import java.util.function.Supplier;

/**
 * The answer of a record page's panel once a change is saved, written once for every panel: with htmx, the panel
 * again with its notice while the timeline reloads itself; without, the record page with the notice.
 */
public final class RecordPanels {

    private RecordPanels() {}

    /**
     * @param noticeName the model attribute the panel shows its notice from ({@code contactsNotice}...)
     * @param panel fills the model and names the panel's view (htmx only)
     */
    public static String saved(
            HtmxAnswer answer, ThirdPartyId id, String noticeName, String notice, Supplier<String> panel) {
        return answer.answer(PartyPages.page(id.value()), Flash.success(notice), () -> {
            answer.trigger(PartyPages.TIMELINE_CHANGED);
            answer.model().addAttribute(noticeName, notice);
            return panel.get();
        });
    }
}

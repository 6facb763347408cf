package io.relance.party.web;

import io.relance.party.ThirdPartyId;
import io.relance.shared.web.Flash;
import io.relance.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

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
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model,
            ThirdPartyId id,
            String noticeName,
            String notice,
            Supplier<String> panel) {
        return Htmx.answer(request, redirect, PartyPages.page(id.value()), Flash.success(notice), () -> {
            PartyPages.timelineChanged(response);
            model.addAttribute(noticeName, notice);
            return panel.get();
        });
    }
}

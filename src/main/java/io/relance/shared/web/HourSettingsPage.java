package io.relance.shared.web;

import io.relance.shared.FormErrors;
import io.relance.shared.RelanceUser;
import io.relance.shared.WorkspaceHours;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A settings page (admins) that sets one hour of the day, in the workspace's time zone: the daily digest's, the
 * reminders'. A module's controller names its view, its address and its "saved" message, and reads and changes its
 * hour; the form, its field errors (beside the field), the stale version and the redirect are here, once.
 */
public abstract class HourSettingsPage {

    /** The form as a browser posts it. */
    public record HourForm(String time, @NotNull Long version) {}

    private final String view;
    private final String address;
    private final String saved;

    protected HourSettingsPage(String view, String address, String saved) {
        this.view = view;
        this.address = address;
        this.saved = saved;
    }

    /** The workspace's time zone, shown beside the hour. */
    protected abstract String timeZone(RelanceUser me);

    /** The hour as saved. */
    protected abstract WorkspaceHours.Hour hour(RelanceUser me);

    /** Saves the form's hour at its version. */
    protected abstract void change(RelanceUser me, HourForm form);

    @ModelAttribute
    public void page(@AuthenticationPrincipal RelanceUser me, Model model) {
        model.addAttribute("timeZone", timeZone(me));
    }

    @GetMapping
    public String settings(@AuthenticationPrincipal RelanceUser me, Model model) {
        WorkspaceHours.Hour current = hour(me);
        model.addAttribute("form", new HourForm(current.time(), current.version()));
        return view;
    }

    @PostMapping
    public String save(
            @AuthenticationPrincipal RelanceUser me,
            @Valid @ModelAttribute("form") HourForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.save(
                result,
                () -> {
                    change(me, form);
                    Flash.success(saved).addTo(redirect);
                },
                "redirect:" + address,
                view,
                model,
                () -> hour(me).version());
    }
}

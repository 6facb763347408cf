package io.relance.shared.web;

import io.relance.shared.FormErrors;
import io.relance.shared.RelanceUser;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A settings page (admins) of one form checked against a version: shown filled with the settings as saved, posted,
 * saved, and back to the page with its "saved" message. A module's controller names its view, its address and its
 * message, reads the settings as a form and saves a form; the form's field errors (beside the fields), a domain
 * rule's refusal, the stale version (the form again, as typed, with the version now) and the
 * redirect are here, once. What else the page shows goes in the controller's own {@link ModelAttribute} methods.
 *
 * @param <F> the form as a browser posts it (bound by {@code th:object="${form}"})
 */
public abstract class SettingsPage<F extends SettingsPage.Form> {

    /** A settings form: it carries the version of the settings it was read at. */
    public interface Form {
        Long version();
    }

    private final String view;
    private final String address;
    private final String saved;

    /**
     * @param view the page's template
     * @param address where the page is ({@code /settings/…}), the redirect after a save
     * @param saved the message key said once saved
     */
    protected SettingsPage(String view, String address, String saved) {
        this.view = view;
        this.address = address;
        this.saved = saved;
    }

    /** The settings as saved, as the form shows them. */
    protected abstract F form(RelanceUser me);

    /** Saves the form at its version. */
    protected abstract void change(RelanceUser me, F form);

    @GetMapping
    public String settings(@AuthenticationPrincipal RelanceUser me, Model model) {
        model.addAttribute("form", form(me));
        return view;
    }

    @PostMapping
    public String save(
            @AuthenticationPrincipal RelanceUser me,
            @Valid @ModelAttribute("form") F form,
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
                () -> form(me).version());
    }
}

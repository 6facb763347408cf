package io.relance.followup.negotiation.web;

import io.relance.followup.negotiation.NegotiationManagement;
import io.relance.followup.negotiation.NegotiationSettings;
import io.relance.shared.FormErrors;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.Flash;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Settings → Negotiations (admins): the time limit and its warning, the pause before calling again, check-ins. */
@Controller
@RequestMapping("/settings/negotiation")
class NegotiationSettingsController {

    static final String VIEW = "followup/negotiation-settings";

    /** The form as a browser posts it. */
    record SettingsForm(
            @NotNull Integer timeLimitDays,
            @NotNull Integer warningDays,
            @NotNull Integer callAgainMonths,
            @NotNull Integer checkInMonths,
            @NotNull Long version) {

        static SettingsForm of(NegotiationSettings s) {
            return new SettingsForm(
                    s.timeLimitDays(), s.warningDays(), s.callAgainMonths(), s.checkInMonths(), s.version());
        }

        NegotiationSettings settings() {
            return new NegotiationSettings(timeLimitDays, warningDays, callAgainMonths, checkInMonths, version);
        }
    }

    private final NegotiationManagement negotiations;

    NegotiationSettingsController(NegotiationManagement negotiations) {
        this.negotiations = negotiations;
    }

    @GetMapping
    String settings(@AuthenticationPrincipal RelanceUser me, Model model) {
        model.addAttribute("form", SettingsForm.of(negotiations.settings(me.workspaceId())));
        return VIEW;
    }

    @PostMapping
    String save(
            @AuthenticationPrincipal RelanceUser me,
            @Valid @ModelAttribute("form") SettingsForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.save(
                result,
                () -> {
                    negotiations.changeSettings(me, form.settings());
                    Flash.success("followup.negotiation.settings.saved").addTo(redirect);
                },
                "redirect:/settings/negotiation",
                VIEW,
                model,
                () -> negotiations.settings(me.workspaceId()).version());
    }
}

package io.relance.tracking.web;

import io.relance.shared.FormErrors;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.Flash;
import io.relance.tracking.AdviceSettings;
import io.relance.tracking.FollowUpAdvisor;
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

/** Settings → Follow-up advice (admins): the numbers of the advice rules. */
@Controller
@RequestMapping("/settings/follow-up-advice")
class AdviceSettingsController {

    static final String VIEW = "tracking/advice-settings";

    /** The form as a browser posts it. */
    record AdviceSettingsForm(
            @NotNull Integer notOpenedDays,
            @NotNull Integer silenceDays,
            @NotNull Integer hotOpenDays,
            @NotNull Integer hotWindowDays,
            @NotNull Integer dormantDays,
            @NotNull Integer expiresSoonDays,
            @NotNull Long version) {

        static AdviceSettingsForm of(AdviceSettings s) {
            return new AdviceSettingsForm(
                    s.notOpenedDays(),
                    s.silenceDays(),
                    s.hotOpenDays(),
                    s.hotWindowDays(),
                    s.dormantDays(),
                    s.expiresSoonDays(),
                    s.version());
        }

        AdviceSettings settings() {
            return new AdviceSettings(
                    notOpenedDays, silenceDays, hotOpenDays, hotWindowDays, dormantDays, expiresSoonDays, version);
        }
    }

    private final FollowUpAdvisor advisor;

    AdviceSettingsController(FollowUpAdvisor advisor) {
        this.advisor = advisor;
    }

    @GetMapping
    String settings(@AuthenticationPrincipal RelanceUser me, Model model) {
        model.addAttribute("form", AdviceSettingsForm.of(advisor.settings(me.workspaceId())));
        return VIEW;
    }

    @PostMapping
    String save(
            @AuthenticationPrincipal RelanceUser me,
            @Valid @ModelAttribute("form") AdviceSettingsForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.save(
                result,
                () -> {
                    advisor.changeSettings(me, form.settings());
                    Flash.success("tracking.settings.saved").addTo(redirect);
                },
                "redirect:/settings/follow-up-advice",
                VIEW,
                model,
                () -> advisor.settings(me.workspaceId()).version());
    }
}

package io.relance.messaging.web;

import io.relance.messaging.activity.DigestSettings;
import io.relance.messaging.activity.DigestSettingsStore;
import io.relance.shared.FormErrors;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.Flash;
import io.relance.workspace.WorkspaceManagement;
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

/** Settings → Daily digest (admins): the hour the quotes' digest goes, in the workspace's time zone. */
@Controller
@RequestMapping("/settings/quote-digest")
class DigestSettingsController {

    static final String VIEW = "messaging/digest-settings";

    /** The form as a browser posts it. */
    record DigestSettingsForm(String time, @NotNull Long version) {}

    private final DigestSettingsStore settings;
    private final WorkspaceManagement workspaces;

    DigestSettingsController(DigestSettingsStore settings, WorkspaceManagement workspaces) {
        this.settings = settings;
        this.workspaces = workspaces;
    }

    @ModelAttribute
    void page(@AuthenticationPrincipal RelanceUser me, Model model) {
        model.addAttribute("timeZone", workspaces.workspace(me.workspaceId()).timeZone());
    }

    @GetMapping
    String settings(@AuthenticationPrincipal RelanceUser me, Model model) {
        DigestSettings current = settings.of(me.workspaceId());
        model.addAttribute("form", new DigestSettingsForm(current.time(), current.version()));
        return VIEW;
    }

    @PostMapping
    String save(
            @AuthenticationPrincipal RelanceUser me,
            @Valid @ModelAttribute("form") DigestSettingsForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.save(
                result,
                () -> {
                    settings.change(me, new DigestSettings(form.time(), form.version()));
                    Flash.success("messaging.digest.saved").addTo(redirect);
                },
                "redirect:/settings/quote-digest",
                VIEW,
                model,
                () -> settings.of(me.workspaceId()).version());
    }
}

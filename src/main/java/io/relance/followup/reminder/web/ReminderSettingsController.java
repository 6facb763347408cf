package io.relance.followup.reminder.web;

import io.relance.followup.reminder.ReminderSettings;
import io.relance.followup.reminder.ReminderSettingsStore;
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

/** Settings → Reminders (admins): the hour the reps are reminded of their day, in the workspace's time zone. */
@Controller
@RequestMapping("/settings/reminders")
class ReminderSettingsController {

    static final String VIEW = "followup/reminder-settings";

    /** The form as a browser posts it. */
    record ReminderSettingsForm(String time, @NotNull Long version) {}

    private final ReminderSettingsStore settings;
    private final WorkspaceManagement workspaces;

    ReminderSettingsController(ReminderSettingsStore settings, WorkspaceManagement workspaces) {
        this.settings = settings;
        this.workspaces = workspaces;
    }

    @ModelAttribute
    void page(@AuthenticationPrincipal RelanceUser me, Model model) {
        model.addAttribute("timeZone", workspaces.workspace(me.workspaceId()).timeZone());
    }

    @GetMapping
    String settings(@AuthenticationPrincipal RelanceUser me, Model model) {
        ReminderSettings current = settings.of(me.workspaceId());
        model.addAttribute("form", new ReminderSettingsForm(current.time(), current.version()));
        return VIEW;
    }

    @PostMapping
    String save(
            @AuthenticationPrincipal RelanceUser me,
            @Valid @ModelAttribute("form") ReminderSettingsForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.save(
                result,
                () -> {
                    settings.change(me, new ReminderSettings(form.time(), form.version()));
                    Flash.success("followup.reminder.settings.saved").addTo(redirect);
                },
                "redirect:/settings/reminders",
                VIEW,
                model,
                () -> settings.of(me.workspaceId()).version());
    }
}

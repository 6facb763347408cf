package io.relance.workspace.web;

import io.relance.shared.FormErrors;
import io.relance.shared.Ids;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import io.relance.shared.Role;
import io.relance.shared.UserId;
import io.relance.workspace.CreatedUser;
import io.relance.workspace.NewUser;
import io.relance.workspace.User;
import io.relance.workspace.UserChanges;
import io.relance.workspace.Workspace;
import io.relance.workspace.WorkspaceManagement;
import io.relance.workspace.WorkspaceSettings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin pages: the workspace's settings and its users. */
@Controller
@RequestMapping("/settings")
record SettingsController(WorkspaceManagement workspaces) {

    static final String VIEW_WORKSPACE = "workspace/settings";
    static final String VIEW_USERS = "workspace/users";
    static final String VIEW_USER_FORM = "workspace/user-form";

    /** The edit form of a user: every field present, as a browser posts it. */
    record UserForm(
            @NotNull Long version,
            @NotBlank @Size(max = 120) String displayName,
            @NotNull Role role,
            @NotBlank String locale,
            boolean active) {}

    @GetMapping
    String settings(@AuthenticationPrincipal RelanceUser me, Model model) {
        Workspace w = workspaces.workspace(me.workspaceId());
        model.addAttribute(
                "form",
                new WorkspaceSettings(
                        w.name(), w.currency(), w.defaultLocale(), w.timeZone(), w.country(), w.version()));
        return VIEW_WORKSPACE;
    }

    @PostMapping
    String saveSettings(
            @AuthenticationPrincipal RelanceUser me,
            @Valid @ModelAttribute("form") WorkspaceSettings form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.save(
                result,
                () -> {
                    workspaces.updateSettings(me, form);
                    redirect.addFlashAttribute("flash", "settings.saved");
                },
                "redirect:/settings",
                VIEW_WORKSPACE,
                model,
                () -> workspaces.workspace(me.workspaceId()).version());
    }

    @GetMapping("/users")
    String users(@AuthenticationPrincipal RelanceUser me, @RequestParam(required = false) String cursor, Model model) {
        model.addAttribute("page", workspaces.users(me, PageRequest.of(100, cursor)));
        return VIEW_USERS;
    }

    @GetMapping("/users/new")
    String newUser(@AuthenticationPrincipal RelanceUser me, Model model) {
        model.addAttribute(
                "form",
                new NewUser(
                        "",
                        "",
                        Role.SALES_REP,
                        workspaces.workspace(me.workspaceId()).defaultLocale(),
                        ""));
        model.addAttribute("creating", true);
        return VIEW_USER_FORM;
    }

    @PostMapping("/users/new")
    String createUser(
            @AuthenticationPrincipal RelanceUser me,
            @Valid @ModelAttribute("form") NewUser form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("creating", true);
        return FormErrors.save(
                result,
                () -> {
                    CreatedUser created = workspaces.createUser(me, form);
                    redirect.addFlashAttribute("flash", "users.created");
                    redirect.addFlashAttribute("temporaryPassword", created.temporaryPassword());
                    redirect.addFlashAttribute(
                            "temporaryPasswordFor", created.user().email());
                },
                "redirect:/settings/users",
                VIEW_USER_FORM);
    }

    @GetMapping("/users/{id}")
    String editUser(@AuthenticationPrincipal RelanceUser me, @PathVariable String id, Model model) {
        User user = workspaces.user(me, new UserId(Ids.parse(id)));
        model.addAttribute("user", user);
        model.addAttribute(
                "form", new UserForm(user.version(), user.displayName(), user.role(), user.locale(), user.active()));
        model.addAttribute("creating", false);
        return VIEW_USER_FORM;
    }

    @PostMapping("/users/{id}")
    String saveUser(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @Valid @ModelAttribute("form") UserForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UserId userId = new UserId(Ids.parse(id));
        model.addAttribute("user", workspaces.user(me, userId));
        model.addAttribute("creating", false);
        return FormErrors.save(
                result,
                () -> {
                    workspaces.updateUser(
                            me,
                            userId,
                            new UserChanges(
                                    form.version(),
                                    form.displayName(),
                                    form.role(),
                                    form.locale(),
                                    form.active(),
                                    null));
                    redirect.addFlashAttribute("flash", "users.saved");
                },
                "redirect:/settings/users",
                VIEW_USER_FORM,
                model,
                () -> workspaces.user(me, userId).version());
    }

    @PostMapping("/users/{id}/reset-password")
    String resetPassword(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String id, RedirectAttributes redirect) {
        UserId userId = new UserId(Ids.parse(id));
        String password = workspaces.resetPassword(me, userId);
        redirect.addFlashAttribute("flash", "users.passwordReset");
        redirect.addFlashAttribute("temporaryPassword", password);
        redirect.addFlashAttribute(
                "temporaryPasswordFor", workspaces.user(me, userId).email());
        return "redirect:/settings/users";
    }
}

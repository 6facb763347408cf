package io.relance.workspace.web;

import io.relance.shared.FormErrors;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.relance.workspace.ApiTokenManagement;
import io.relance.workspace.CreatedApiToken;
import io.relance.workspace.ProfileChanges;
import io.relance.workspace.User;
import io.relance.workspace.WorkspaceManagement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
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

/** A user's own page: name, language, password and personal API tokens. */
@Controller
@RequestMapping("/profile")
record ProfileController(
        WorkspaceManagement workspaces, ApiTokenManagement apiTokens, SecurityContextRepository contexts) {

    static final String VIEW_PROFILE = "workspace/profile";
    static final String VIEW_TOKENS = "workspace/tokens";
    static final String VIEW_PASSWORD = "workspace/password";

    record PasswordForm(String currentPassword, String newPassword) {}

    @GetMapping
    String profile(@AuthenticationPrincipal RelanceUser me, Model model) {
        User user = workspaces.profile(me);
        model.addAttribute("form", form(user));
        model.addAttribute("passwordForm", new PasswordForm("", ""));
        return VIEW_PROFILE;
    }

    static ProfileChanges form(User user) {
        return new ProfileChanges(
                user.version(),
                user.displayName(),
                user.locale(),
                user.emailSignature(),
                user.emailOnFirstOpen(),
                user.emailDailyTasks());
    }

    @PostMapping
    String save(
            @AuthenticationPrincipal RelanceUser me,
            @Valid @ModelAttribute("form") ProfileChanges form,
            BindingResult result,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        model.addAttribute("passwordForm", new PasswordForm("", ""));
        // an unticked box is not posted: the form always says whether each e-mail is wanted
        ProfileChanges changes = new ProfileChanges(
                form.version(),
                form.displayName(),
                form.locale(),
                form.emailSignature(),
                Boolean.TRUE.equals(form.emailOnFirstOpen()),
                Boolean.TRUE.equals(form.emailDailyTasks()));
        return FormErrors.save(
                result,
                () -> {
                    // the signed-in principal carries the language: replace it in the session
                    signedIn(workspaces.updateProfile(me, changes), request, response);
                    redirect.addFlashAttribute("flash", "profile.saved");
                },
                "redirect:/profile",
                VIEW_PROFILE,
                model,
                () -> workspaces.profile(me).version());
    }

    /** The page a user signed in with a temporary password is led to before anything else. */
    @GetMapping("/password")
    String passwordPage(@AuthenticationPrincipal RelanceUser me, Model model) {
        if (!me.passwordChangeRequired()) {
            return "redirect:/profile";
        }
        model.addAttribute("passwordForm", new PasswordForm("", ""));
        return VIEW_PASSWORD;
    }

    @PostMapping("/password")
    String changePassword(
            @AuthenticationPrincipal RelanceUser me,
            @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult result,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            var session = request.getSession(false);
            workspaces.changeOwnPassword(
                    me, form.currentPassword(), form.newPassword(), session == null ? null : session.getId());
        } catch (InvalidInputException e) {
            if (me.passwordChangeRequired()) {
                FormErrors.reject(result, e);
                return VIEW_PASSWORD;
            }
            User user = workspaces.profile(me);
            model.addAttribute("form", form(user));
            FormErrors.reject(result, e);
            return VIEW_PROFILE;
        }
        redirect.addFlashAttribute("flash", "profile.passwordChanged");
        if (me.passwordChangeRequired()) {
            // the principal in the session still says "temporary": replace it, then on to the application
            workspaces.reload(me.workspaceId(), me.userId()).ifPresent(fresh -> signedIn(fresh, request, response));
            return "redirect:/";
        }
        return "redirect:/profile";
    }

    @GetMapping("/tokens")
    String tokens(@AuthenticationPrincipal RelanceUser me, Model model) {
        model.addAttribute("tokens", apiTokens.tokens(me));
        return VIEW_TOKENS;
    }

    @PostMapping("/tokens")
    String createToken(
            @AuthenticationPrincipal RelanceUser me,
            @RequestParam(defaultValue = "") String name,
            Model model,
            RedirectAttributes redirect) {
        try {
            CreatedApiToken created = apiTokens.createToken(me, name);
            redirect.addFlashAttribute("createdToken", created.secret());
            redirect.addFlashAttribute("createdTokenName", created.token().name());
        } catch (InvalidInputException e) {
            model.addAttribute("tokens", apiTokens.tokens(me));
            model.addAttribute("nameError", e.problems().get(0).code());
            model.addAttribute("name", name);
            return VIEW_TOKENS;
        }
        return "redirect:/profile/tokens";
    }

    @PostMapping("/tokens/{id}/revoke")
    String revokeToken(@AuthenticationPrincipal RelanceUser me, @PathVariable String id, RedirectAttributes redirect) {
        apiTokens.revokeToken(me, Ids.parse(id));
        redirect.addFlashAttribute("flash", "tokens.revoked");
        return "redirect:/profile/tokens";
    }

    /** Puts this principal in the session in place of the one signed in (his language, his password changed). */
    private void signedIn(RelanceUser user, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}

package io.relance.workspace.web;

import io.relance.shared.FormErrors;
import io.relance.workspace.NewWorkspace;
import io.relance.workspace.WorkspaceManagement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages before signing in: one-time set-up, self-service sign-up (when enabled) and login. */
@Controller
class AccessController {

    static final String VIEW_LOGIN = "workspace/login";
    static final String VIEW_SETUP = "workspace/setup";

    private final WorkspaceManagement workspaces;
    private final SignUpThrottle throttle;
    private final boolean signupEnabled;

    AccessController(
            WorkspaceManagement workspaces,
            SignUpThrottle throttle,
            @Value("${relance.signup.enabled:false}") boolean signupEnabled) {
        this.workspaces = workspaces;
        this.throttle = throttle;
        this.signupEnabled = signupEnabled;
    }

    /** Set by the sign-in failure handler: the e-mail typed, shown again after a wrong password. */
    static final String LAST_LOGIN_EMAIL = "relance.lastLoginEmail";

    @GetMapping("/login")
    String login(Model model, HttpServletRequest request) {
        if (!workspaces.isInstalled()) {
            return "redirect:/setup";
        }
        var session = request.getSession(false);
        if (session != null && session.getAttribute(LAST_LOGIN_EMAIL) instanceof String typed) {
            session.removeAttribute(LAST_LOGIN_EMAIL);
            model.addAttribute("email", typed);
        }
        model.addAttribute("signupEnabled", signupEnabled);
        return VIEW_LOGIN;
    }

    @GetMapping("/setup")
    String setup(Model model) {
        if (workspaces.isInstalled()) {
            return "redirect:/login";
        }
        return blank(model, "setup");
    }

    @PostMapping("/setup")
    String setUp(
            @Valid @ModelAttribute("form") NewWorkspace form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (workspaces.isInstalled()) {
            return "redirect:/login";
        }
        model.addAttribute("mode", "setup");
        return toLogin(result, redirect, "ready", () -> workspaces.setUp(form));
    }

    @GetMapping("/signup")
    String signup(Model model) {
        if (!signupEnabled) {
            throw new io.relance.shared.NotFoundException();
        }
        if (!workspaces.isInstalled()) {
            return "redirect:/setup";
        }
        return blank(model, "signup");
    }

    /**
     * Answers the same for an e-mail that already has an account as for a new one (nothing is created then), so
     * the page does not tell who has an account; at most {@link SignUpThrottle#ALLOWED} tries per address.
     */
    @PostMapping("/signup")
    String signUp(
            @Valid @ModelAttribute("form") NewWorkspace form,
            BindingResult result,
            Model model,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        if (!signupEnabled) {
            throw new io.relance.shared.NotFoundException();
        }
        if (!workspaces.isInstalled()) {
            return "redirect:/setup";
        }
        model.addAttribute("mode", "signup");
        Duration wait = throttle.attempt(request.getRemoteAddr());
        if (!wait.isZero()) {
            result.reject("signup.throttled", new Object[] {(wait.toMinutes() + 1)}, "signup.throttled");
        }
        return toLogin(result, redirect, "signedUp", () -> workspaces.signUpQuietly(form));
    }

    /** The workspace made by {@code make} (set-up or sign-up): on to the login page, which says so ({@code said}). */
    private static String toLogin(BindingResult result, RedirectAttributes redirect, String said, Runnable make) {
        return FormErrors.save(
                result,
                () -> {
                    make.run();
                    redirect.addAttribute(said, "");
                },
                "redirect:/login",
                VIEW_SETUP);
    }

    /** The set-up or sign-up page, its form blank but for the browser's language. */
    private static String blank(Model model, String mode) {
        model.addAttribute(
                "form",
                NewWorkspace.blank(org.springframework.context.i18n.LocaleContextHolder.getLocale()
                        .getLanguage()));
        model.addAttribute("mode", mode);
        return VIEW_SETUP;
    }
}

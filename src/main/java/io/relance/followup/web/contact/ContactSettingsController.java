package io.relance.followup.web.contact;

import io.relance.followup.contact.ContactPolicy;
import io.relance.followup.contact.ContactPolicyForm;
import io.relance.followup.contact.ContactPolicyManagement;
import io.relance.followup.contact.ContactPolicyView;
import io.relance.shared.FormErrors;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.Flash;
import io.relance.shared.web.SettingsTab;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Settings → Contact rules (admins): the workspace's defaults — days between contacts, contacts per 30 days, the
 * contact hours and the quiet days, in each contact's time zone.
 */
@Controller
@RequestMapping("/settings/contact-rules")
class ContactSettingsController {

    static final String VIEW = "followup/contact-settings";

    /** The form as a browser posts it: no quiet day ticked means none. */
    record ContactRulesForm(
            Integer minDaysBetween,
            Integer maxPer30Days,
            String hoursFrom,
            String hoursTo,
            List<String> quietDays,
            @NotNull Long version) {

        static ContactRulesForm of(ContactPolicy p) {
            ContactPolicyView v = ContactPolicyView.of(p);
            return new ContactRulesForm(
                    v.minDaysBetween(), v.maxPer30Days(), v.hoursFrom(), v.hoursTo(), v.quietDays(), v.version());
        }

        ContactPolicyForm policy() {
            return new ContactPolicyForm(
                    minDaysBetween,
                    maxPer30Days,
                    hoursFrom,
                    hoursTo,
                    quietDays == null ? List.of() : quietDays,
                    null,
                    null,
                    null,
                    null,
                    version);
        }
    }

    /** The tab of the settings pages. */
    @Configuration(proxyBeanMethods = false)
    static class Tab {

        @Bean
        SettingsTab contactRulesTab() {
            return new SettingsTab(70, "contact-rules", "followup.contact.settings.tab", "/settings/contact-rules");
        }
    }

    private final ContactPolicyManagement management;

    ContactSettingsController(ContactPolicyManagement management) {
        this.management = management;
    }

    @ModelAttribute("weekdays")
    Map<String, String> weekdays() {
        Locale locale = LocaleContextHolder.getLocale();
        return Arrays.stream(DayOfWeek.values())
                .collect(Collectors.toMap(
                        DayOfWeek::name,
                        d -> d.getDisplayName(java.time.format.TextStyle.FULL, locale),
                        (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    @GetMapping
    String settings(@AuthenticationPrincipal RelanceUser me, Model model) {
        model.addAttribute("form", ContactRulesForm.of(management.workspace(me.workspaceId())));
        return VIEW;
    }

    @PostMapping
    String save(
            @AuthenticationPrincipal RelanceUser me,
            @Valid @ModelAttribute("form") ContactRulesForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.save(
                result,
                () -> {
                    management.changeWorkspace(me, form.policy());
                    Flash.success("followup.contact.settings.saved").addTo(redirect);
                },
                "redirect:/settings/contact-rules",
                VIEW,
                model,
                () -> management.workspace(me.workspaceId()).version());
    }
}

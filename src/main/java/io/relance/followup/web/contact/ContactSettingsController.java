package io.relance.followup.web.contact;

import io.relance.followup.contact.ContactPolicy;
import io.relance.followup.contact.ContactPolicyForm;
import io.relance.followup.contact.ContactPolicyManagement;
import io.relance.followup.contact.ContactPolicyView;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.SettingsPage;
import io.relance.shared.web.SettingsTab;
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
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Settings → Contact rules (admins): the workspace's defaults — days between contacts, contacts per 30 days, the
 * contact hours and the quiet days, in each contact's time zone.
 */
@Controller
@RequestMapping("/settings/contact-rules")
class ContactSettingsController extends SettingsPage<ContactSettingsController.ContactRulesForm> {

    static final String VIEW = "followup/contact-settings";

    /** The form as a browser posts it: no quiet day ticked means none. */
    record ContactRulesForm(
            Integer minDaysBetween,
            Integer maxPer30Days,
            String hoursFrom,
            String hoursTo,
            List<String> quietDays,
            @NotNull Long version)
            implements SettingsPage.Form {

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
        super(VIEW, "/settings/contact-rules", "followup.contact.settings.saved");
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

    @Override
    protected ContactRulesForm form(RelanceUser me) {
        return ContactRulesForm.of(management.workspace(me.workspaceId()));
    }

    @Override
    protected void change(RelanceUser me, ContactRulesForm form) {
        management.changeWorkspace(me, form.policy());
    }
}

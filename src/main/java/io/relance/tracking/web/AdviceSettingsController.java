package io.relance.tracking.web;

import io.relance.shared.RelanceUser;
import io.relance.shared.web.SettingsPage;
import io.relance.tracking.AdviceSettings;
import io.relance.tracking.FollowUpAdvisor;
import jakarta.validation.constraints.NotNull;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Settings → Follow-up advice (admins): the numbers of the advice rules. */
@Controller
@RequestMapping("/settings/follow-up-advice")
class AdviceSettingsController extends SettingsPage<AdviceSettingsController.AdviceSettingsForm> {

    static final String VIEW = "tracking/advice-settings";

    /** The form as a browser posts it. */
    record AdviceSettingsForm(
            @NotNull Integer notOpenedDays,
            @NotNull Integer silenceDays,
            @NotNull Integer hotOpenDays,
            @NotNull Integer hotWindowDays,
            @NotNull Integer dormantDays,
            @NotNull Integer expiresSoonDays,
            @NotNull Long version)
            implements SettingsPage.Form {

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
        super(VIEW, "/settings/follow-up-advice", "tracking.settings.saved");
        this.advisor = advisor;
    }

    @Override
    protected AdviceSettingsForm form(RelanceUser me) {
        return AdviceSettingsForm.of(advisor.settings(me.workspaceId()));
    }

    @Override
    protected void change(RelanceUser me, AdviceSettingsForm form) {
        advisor.changeSettings(me, form.settings());
    }
}

package io.relance.followup.negotiation.web;

import io.relance.followup.negotiation.NegotiationManagement;
import io.relance.followup.negotiation.NegotiationSettings;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.SettingsPage;
import jakarta.validation.constraints.NotNull;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Settings → Negotiations (admins): the time limit and its warning, the pause before calling again, check-ins. */
@Controller
@RequestMapping("/settings/negotiation")
class NegotiationSettingsController extends SettingsPage<NegotiationSettingsController.SettingsForm> {

    static final String VIEW = "followup/negotiation-settings";

    /** The form as a browser posts it. */
    record SettingsForm(
            @NotNull Integer timeLimitDays,
            @NotNull Integer warningDays,
            @NotNull Integer callAgainMonths,
            @NotNull Integer checkInMonths,
            @NotNull Long version)
            implements SettingsPage.Form {

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
        super(VIEW, "/settings/negotiation", "followup.negotiation.settings.saved");
        this.negotiations = negotiations;
    }

    @Override
    protected SettingsForm form(RelanceUser me) {
        return SettingsForm.of(negotiations.settings(me.workspaceId()));
    }

    @Override
    protected void change(RelanceUser me, SettingsForm form) {
        negotiations.changeSettings(me, form.settings());
    }
}

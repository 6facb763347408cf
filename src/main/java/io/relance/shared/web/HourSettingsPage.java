package io.relance.shared.web;

import io.relance.shared.RelanceUser;
import io.relance.shared.WorkspaceHours;
import jakarta.validation.constraints.NotNull;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * A settings page (admins) that sets one hour of the day, in the workspace's time zone: the daily digest's, the
 * reminders'. A module's controller names its view, its address and its "saved" message, and reads and changes its
 * hour; the form, its field errors (beside the field), the stale version and the redirect are {@link SettingsPage}'s.
 */
public abstract class HourSettingsPage extends SettingsPage<HourSettingsPage.HourForm> {

    /** The form as a browser posts it. */
    public record HourForm(String time, @NotNull Long version) implements SettingsPage.Form {}

    protected HourSettingsPage(String view, String address, String saved) {
        super(view, address, saved);
    }

    /** The workspace's time zone, shown beside the hour. */
    protected abstract String timeZone(RelanceUser me);

    /** The hour as saved. */
    protected abstract WorkspaceHours.Hour hour(RelanceUser me);

    @ModelAttribute
    public void page(@AuthenticationPrincipal RelanceUser me, Model model) {
        model.addAttribute("timeZone", timeZone(me));
    }

    @Override
    protected final HourForm form(RelanceUser me) {
        WorkspaceHours.Hour current = hour(me);
        return new HourForm(current.time(), current.version());
    }
}

package io.relance.followup.reminder.web;

import io.relance.followup.reminder.ReminderSettings;
import io.relance.followup.reminder.ReminderSettingsStore;
import io.relance.shared.RelanceUser;
import io.relance.shared.WorkspaceHours;
import io.relance.shared.web.HourSettingsPage;
import io.relance.workspace.WorkspaceManagement;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Settings → Reminders (admins): the hour the reps are reminded of their day, in the workspace's time zone. */
@Controller
@RequestMapping("/settings/reminders")
class ReminderSettingsController extends HourSettingsPage {

    static final String VIEW = "followup/reminder-settings";

    private final ReminderSettingsStore settings;
    private final WorkspaceManagement workspaces;

    ReminderSettingsController(ReminderSettingsStore settings, WorkspaceManagement workspaces) {
        super(VIEW, "/settings/reminders", "followup.reminder.settings.saved");
        this.settings = settings;
        this.workspaces = workspaces;
    }

    @Override
    protected String timeZone(RelanceUser me) {
        return workspaces.workspace(me.workspaceId()).timeZone();
    }

    @Override
    protected WorkspaceHours.Hour hour(RelanceUser me) {
        ReminderSettings current = settings.of(me.workspaceId());
        return new WorkspaceHours.Hour(current.time(), current.version());
    }

    @Override
    protected void change(RelanceUser me, HourForm form) {
        settings.change(me, new ReminderSettings(form.time(), form.version()));
    }
}

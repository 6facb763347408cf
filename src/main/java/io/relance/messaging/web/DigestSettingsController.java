package io.relance.messaging.web;

import io.relance.messaging.activity.DigestSettings;
import io.relance.messaging.activity.DigestSettingsStore;
import io.relance.shared.RelanceUser;
import io.relance.shared.WorkspaceHours;
import io.relance.shared.web.HourSettingsPage;
import io.relance.workspace.WorkspaceManagement;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Settings → Daily digest (admins): the hour the quotes' digest goes, in the workspace's time zone. */
@Controller
@RequestMapping("/settings/quote-digest")
class DigestSettingsController extends HourSettingsPage {

    static final String VIEW = "messaging/digest-settings";

    private final DigestSettingsStore settings;
    private final WorkspaceManagement workspaces;

    DigestSettingsController(DigestSettingsStore settings, WorkspaceManagement workspaces) {
        super(VIEW, "/settings/quote-digest", "messaging.digest.saved");
        this.settings = settings;
        this.workspaces = workspaces;
    }

    @Override
    protected String timeZone(RelanceUser me) {
        return workspaces.workspace(me.workspaceId()).timeZone();
    }

    @Override
    protected WorkspaceHours.Hour hour(RelanceUser me) {
        DigestSettings current = settings.of(me.workspaceId());
        return new WorkspaceHours.Hour(current.time(), current.version());
    }

    @Override
    protected void change(RelanceUser me, HourForm form) {
        settings.change(me, new DigestSettings(form.time(), form.version()));
    }
}

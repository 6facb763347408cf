package io.relance.followup.lost.web;

import io.relance.followup.lost.LostReason;
import io.relance.followup.lost.LostReasonManagement;
import io.relance.followup.lost.LostReasonManagement.ReasonChange;
import io.relance.shared.RelanceUser;
import io.relance.shared.Text;
import io.relance.shared.web.SettingsPage;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Settings → Lost reasons (admins): which reasons are offered when closing as lost, the labels of the workspace's own
 * reasons, and a new one. The order is the list's (the API changes it).
 */
@Controller
@RequestMapping("/settings/lost-reasons")
class LostReasonsController extends SettingsPage<LostReasonsController.ReasonsForm> {

    static final String VIEW = "followup/lost-reasons";

    /** One reason of the form: its key, its label (an admin's own reason), offered or not. */
    public static class Row {
        private String key;
        private String label;
        private boolean active;

        public String getKey() {
            return key;
        }

        public void setKey(String key) {
            this.key = key;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }

        public boolean isBuiltIn() {
            return key != null && LostReason.BUILT_IN.contains(key);
        }
    }

    /** The form as a browser posts it ({@code reasons[2].active}…), with a new reason's key and label. */
    public static class ReasonsForm implements SettingsPage.Form {
        private List<Row> reasons = new ArrayList<>();
        private Long version;
        private String newKey;
        private String newLabel;

        public List<Row> getReasons() {
            return reasons;
        }

        public void setReasons(List<Row> reasons) {
            this.reasons = reasons;
        }

        public Long getVersion() {
            return version;
        }

        @Override
        public Long version() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }

        public String getNewKey() {
            return newKey;
        }

        public void setNewKey(String newKey) {
            this.newKey = newKey;
        }

        public String getNewLabel() {
            return newLabel;
        }

        public void setNewLabel(String newLabel) {
            this.newLabel = newLabel;
        }

        List<ReasonChange> changes() {
            List<ReasonChange> changes = new ArrayList<>();
            reasons.forEach(r -> changes.add(new ReasonChange(r.getKey(), r.getLabel(), r.isActive())));
            if (Text.clean(newKey) != null || Text.clean(newLabel) != null) {
                changes.add(new ReasonChange(
                        newKey == null ? null : newKey.strip().toUpperCase(java.util.Locale.ROOT), newLabel, true));
            }
            return changes;
        }
    }

    private final LostReasonManagement reasons;

    LostReasonsController(LostReasonManagement reasons) {
        super(VIEW, "/settings/lost-reasons", "followup.lost.reasons.saved");
        this.reasons = reasons;
    }

    @Override
    protected ReasonsForm form(RelanceUser me) {
        ReasonsForm form = new ReasonsForm();
        var list = reasons.list(me.workspaceId(), me.locale());
        list.reasons().forEach(r -> {
            Row row = new Row();
            row.setKey(r.key());
            row.setLabel(r.builtIn() ? null : r.label());
            row.setActive(r.active());
            form.getReasons().add(row);
        });
        form.setVersion(list.version());
        return form;
    }

    @Override
    protected void change(RelanceUser me, ReasonsForm form) {
        reasons.change(me, form.changes(), form.getVersion(), me.locale());
    }
}

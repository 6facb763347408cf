package io.relance.followup.classification.web;

import io.relance.followup.FollowUpTasks;
import io.relance.followup.TaskView;
import io.relance.followup.classification.ClassificationView;
import io.relance.followup.classification.Classifying;
import io.relance.followup.classification.CurrentClassification;
import io.relance.party.ThirdPartyId;
import io.relance.party.ThirdPartyLookup;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.RecordPanel;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The "Classification" panel of a third party's record: one button per classification (its icon and label, the
 * current one marked), each classifying in one click, and the date of the follow-up call it planned.
 */
@Component
record ClassificationPanel(Classifying classifying, ThirdPartyLookup thirdParties, FollowUpTasks tasks)
        implements RecordPanel {

    /** What the fragment shows; {@code current} is null when never classified, {@code nextCall} when none. */
    public record Model(UUID thirdPartyId, List<ClassificationView> classifications, String current, String nextCall) {}

    @Override
    public String recordType() {
        return THIRD_PARTY;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Optional<Contribution> contribute(RelanceUser me, UUID recordId) {
        ThirdPartyId party = new ThirdPartyId(recordId);
        if (thirdParties.find(me, party).isEmpty()) {
            return Optional.empty();
        }
        String current = classifying
                .current(me.workspaceId(), party)
                .map(CurrentClassification::key)
                .orElse(null);
        String nextCall = tasks.openForRule(me.workspaceId(), Classifying.ruleKey(party))
                .map(TaskView::dueDate)
                .map(d -> d.format(
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(me.locale())))
                .orElse(null);
        return Optional.of(new Contribution(
                "followup/classification-panel",
                "panel",
                new Model(recordId, classifying.active(me.workspaceId(), me.locale()), current, nextCall)));
    }
}

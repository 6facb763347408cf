package io.relance.followup.classification.web;

import io.relance.followup.FollowUpTasks;
import io.relance.followup.TaskView;
import io.relance.followup.classification.ClassificationManagement;
import io.relance.followup.classification.Classifying;
import io.relance.followup.classification.CurrentClassification;
import io.relance.party.ThirdPartyId;
import io.relance.party.ThirdPartyLookup;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.NotFoundException;
import io.relance.shared.RelanceUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/thirdparties/{id}/classify} and {@code …/classification}: classify a third party the caller may
 * see (another workspace's, or a rep's who neither owns it nor has it lent: 404), and read its classification.
 */
@RestController
@RequestMapping("/api/v1/thirdparties/{id}")
@Tag(name = "Follow-up")
record ClassifyApiController(
        Classifying classifying,
        ClassificationManagement classifications,
        ThirdPartyLookup thirdParties,
        FollowUpTasks tasks) {

    record ClassifyBody(String classification) {}

    /** The follow-up task the classification planned. */
    record NextTask(UUID id, LocalDate dueDate, UUID assigneeId) {}

    /**
     * A third party's classification ({@code classification} null when it was never classified), who classified it
     * and when, and the follow-up task open for it (null when none).
     */
    record ClassificationState(
            UUID thirdpartyId,
            String classification,
            String label,
            String icon,
            Instant classifiedAt,
            UUID classifiedBy,
            NextTask nextTask) {}

    @PostMapping("/classify")
    @Operation(
            summary = "Classify the third party ({\"classification\": key}, one of the workspace's active"
                    + " classifications): its follow-up call is planned after the delay on a working day (replacing"
                    + " the pending one; none for a classification without delay), its tag swapped, the timeline"
                    + " told")
    ClassificationState classify(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String id, @RequestBody ClassifyBody body) {
        ThirdPartyId party = visible(me, id);
        if (body == null
                || body.classification() == null
                || body.classification().isBlank()) {
            throw new InvalidInputException("classification", "validation.required");
        }
        classifying.classify(me, party, body.classification());
        return state(me, party);
    }

    @GetMapping("/classification")
    @Operation(summary = "The third party's classification and its open follow-up task")
    ClassificationState classification(@AuthenticationPrincipal RelanceUser me, @PathVariable String id) {
        return state(me, visible(me, id));
    }

    private ThirdPartyId visible(RelanceUser me, String id) {
        ThirdPartyId party = new ThirdPartyId(Ids.parse(id));
        return thirdParties.find(me, party).map(t -> party).orElseThrow(NotFoundException::new);
    }

    private ClassificationState state(RelanceUser me, ThirdPartyId party) {
        NextTask next = tasks.openForRule(me.workspaceId(), Classifying.ruleKey(party))
                .map(ClassifyApiController::next)
                .orElse(null);
        CurrentClassification current =
                classifying.current(me.workspaceId(), party).orElse(null);
        if (current == null) {
            return new ClassificationState(party.value(), null, null, null, null, null, next);
        }
        var known = classifications.all(me.workspaceId()).stream()
                .filter(c -> c.key().equals(current.key()))
                .findFirst();
        return new ClassificationState(
                party.value(),
                current.key(),
                known.map(c -> c.label(me.locale())).orElse(current.key()),
                known.map(c -> c.icon()).orElse(null),
                current.at(),
                current.by() == null ? null : current.by().value(),
                next);
    }

    private static NextTask next(TaskView t) {
        return new NextTask(t.id().value(), t.dueDate(), t.assignee().value());
    }
}

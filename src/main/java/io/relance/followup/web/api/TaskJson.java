package io.relance.followup.web.api;

import io.relance.followup.TaskView;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A task as the API answers it; {@code title} in the caller's language (a rule's title translated, a typed one as
 * typed), {@code rule} the rule that planned it (null for {@code MANUAL}).
 */
record TaskJson(
        UUID id,
        long version,
        String type,
        String status,
        LocalDate dueDate,
        LocalTime dueTime,
        UUID assigneeId,
        UUID thirdpartyId,
        UUID contactId,
        UUID quoteId,
        String origin,
        String rule,
        String title,
        String notes,
        String outcome,
        String classification) {

    static TaskJson of(TaskView t, String title) {
        return new TaskJson(
                t.id().value(),
                t.version(),
                t.type().name(),
                t.status().name(),
                t.dueDate(),
                t.dueTime(),
                t.assignee().value(),
                t.target().thirdParty().value(),
                t.target().contactId(),
                t.target().quoteId(),
                t.origin().name(),
                t.rule() == null ? null : t.rule().name(),
                title,
                t.notes(),
                t.outcome(),
                t.classification());
    }
}

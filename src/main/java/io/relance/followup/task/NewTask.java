package io.relance.followup.task;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A task someone plans, as the API and the pages take it: {@code type} one of call, email, sms, visit, meeting, todo
 * (any case); {@code assigneeId} the third party's owner when absent; {@code title} the type's when blank.
 */
public record NewTask(
        String type,
        LocalDate dueDate,
        LocalTime dueTime,
        UUID assigneeId,
        UUID thirdpartyId,
        UUID contactId,
        UUID quoteId,
        String title,
        String notes) {}

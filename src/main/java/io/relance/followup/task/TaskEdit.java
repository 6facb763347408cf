package io.relance.followup.task;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * A change of an open task at the {@code version} read: a null field stays as it is; {@code dueTime} and
 * {@code notes} given as JSON {@code null} (an empty optional) are cleared.
 */
public record TaskEdit(
        String title, Optional<String> notes, LocalDate dueDate, Optional<LocalTime> dueTime, Long version) {}

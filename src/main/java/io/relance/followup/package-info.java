/**
 * Follow-up: who to call today, and why. Tasks (planned by someone or by a rule), classifications and their
 * cadence, the working calendar, contact-frequency rules, negotiations with their time limit, lost reasons,
 * reactivation, My day and the iCalendar feed.
 *
 * <p>This root package is all that other modules may use:
 *
 * <ul>
 *   <li>{@link io.relance.followup.TaskId}, {@link io.relance.followup.TaskType},
 *       {@link io.relance.followup.TaskStatus}, {@link io.relance.followup.TaskOrigin},
 *       {@link io.relance.followup.FollowUpRule}, {@link io.relance.followup.TaskTarget} (the one target model:
 *       a third party, optionally a contact and a quote) and {@link io.relance.followup.TaskView};
 *   <li>{@link io.relance.followup.FollowUpTasks} — the tasks rules plan (one open per rule key);
 *   <li>{@link io.relance.followup.WorkingCalendar} and {@link io.relance.followup.WorkingDays} — a workspace's
 *       working days, holidays and today;
 *   <li>the events {@link io.relance.followup.TaskPlanned}, {@link io.relance.followup.TaskCompleted},
 *       {@link io.relance.followup.TaskCancelled}.
 * </ul>
 *
 * <p>Inside: {@code task} (the aggregate and its table), {@code calendar} (working days and holidays),
 * {@code daily} (the daily run's parts).
 */
package io.relance.followup;

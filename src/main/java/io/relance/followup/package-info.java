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
 *   <li>{@link io.relance.followup.FollowUpAgenda} — every rep's open tasks due by a day, in one query per workspace
 *       ({@link io.relance.followup.DueTasks} of {@link io.relance.followup.DueTask}), and a task's words in a
 *       reader's language;
 *   <li>{@link io.relance.followup.WorkingCalendar} and {@link io.relance.followup.WorkingDays} — a workspace's
 *       working days, holidays and today;
 *   <li>{@link io.relance.followup.ContactRules} — the contact rules applied to a contact (a check with its
 *       reasons and the instant it would be allowed from, {@link io.relance.followup.ContactCheck}), by channel
 *       ({@link io.relance.followup.ContactChannel}), rule by rule ({@link io.relance.followup.ContactRule});
 *       {@link io.relance.followup.ContactRefused} when a rule refuses it outright (exclusivity);
 *   <li>the events {@link io.relance.followup.TaskPlanned}, {@link io.relance.followup.TaskCompleted},
 *       {@link io.relance.followup.TaskReassigned}, {@link io.relance.followup.TaskCancelled}.
 * </ul>
 *
 * <p>Inside: {@code task} (the aggregate and its table), {@code calendar} (working days and holidays),
 * {@code daily} (the daily run's parts), {@code reminder} (the daily notification and e-mail digest at the workspace's
 * reminder hour, the notices of tasks given by someone else),
 * {@code contact} (the contact rules: the policy object, their knobs per level, the check's texts), {@code web.contact}
 * (their pages and API), {@code feed} (the personal iCalendar feed: its secret addresses and the RFC 5545 it serves,
 * built with ical4j) and {@code feed.web} (its API, its public address and its card on the Profile page).
 */
package io.relance.followup;

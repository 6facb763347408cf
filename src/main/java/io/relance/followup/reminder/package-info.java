/**
 * Reminders: at the workspace's reminder hour of each working day, every rep with open tasks overdue or due that day
 * gets one notification in the app and one e-mail digest listing them (through messaging's outbox, a kind of e-mail
 * admins may word); a task that someone else gives a user (planned for him, or reassigned to him) notifies him. The
 * hour is a workspace setting ({@code web}: Settings → Reminders and its API).
 */
package io.relance.followup.reminder;

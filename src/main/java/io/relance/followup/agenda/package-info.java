/**
 * Task lists: the API's list, My day's sections, a record's open tasks — what a user may reach, filtered and paged in
 * SQL — and every assignee's tasks due by a day at once, for the reminders.
 */
package io.relance.followup.agenda;

/** Settings → Reminders: the page and the API of the workspace's reminder hour. */
package io.relance.followup.reminder.web;

/** The working calendar on the web: its API and Settings → Working calendar. */
package io.relance.followup.calendar.web;

/** The tasks' JSON API: {@code /api/v1/tasks}. */
package io.relance.followup.web.api;

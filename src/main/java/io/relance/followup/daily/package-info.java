/**
 * The daily run: a persistent job that, once a workspace's day (or a part's hour) has come in its time zone, runs
 * every {@link io.relance.followup.daily.DailyWork} part for that day, each claimed once per workspace and day in
 * {@code followup_daily_runs}, retried with back-off after a failure; and the test endpoint that runs them at once.
 */
package io.relance.followup.daily;

package io.relance.tracking;

import java.time.LocalDate;

/** How many opens a subject had on one day (in the workspace's time zone). */
public record DayOpens(LocalDate day, int opens) {}

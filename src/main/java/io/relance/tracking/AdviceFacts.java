package io.relance.tracking;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the subject's owner knows for the advice: when it was sent (null: not sent), until when it is valid (null:
 * no limit), whether it is still open (not accepted, declined, cancelled or expired), whether the client answered
 * (a question, a call logged…).
 */
public record AdviceFacts(Instant sentAt, LocalDate validUntil, boolean open, boolean answered) {}

package io.relance.followup.classification;

import io.relance.shared.UserId;
import java.time.Instant;

/** The classification a third party has now: its key, the tag it put on it (null if none), who and when. */
public record CurrentClassification(String key, String tagName, UserId by, Instant at) {}

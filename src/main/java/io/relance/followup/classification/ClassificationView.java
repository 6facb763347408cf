package io.relance.followup.classification;

/** A classification as a page or a picker shows it: its label in the reader's language, its icon. */
public record ClassificationView(String key, String label, String icon, Integer delayDays, boolean tags) {}

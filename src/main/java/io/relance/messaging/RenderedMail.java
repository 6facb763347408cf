package io.relance.messaging;

/** A template with its merge fields filled: the subject, the text, and the HTML made from the text. */
public record RenderedMail(String subject, String text, String html) {}

package io.relance.messaging;

import java.time.Instant;

/**
 * A workspace's wording of a kind of e-mail in one language: its own ({@code custom}, with the version to send back
 * when changing it) or the module's default ({@code custom} false, version 0).
 */
public record MailTemplate(
        String kind, String language, String subject, String body, boolean custom, long version, Instant updatedAt) {}

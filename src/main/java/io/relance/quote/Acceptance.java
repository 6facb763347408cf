package io.relance.quote;

/**
 * What the client gave when accepting a quote on its public page, kept with the quote as evidence.
 *
 * @param name the full name he typed
 * @param ip his address as the server saw it
 * @param userAgent his browser
 * @param signature an optional drawn signature (an image as a {@code data:} URL or SVG text), null when none
 * @param consentText the consent sentence he agreed to, as shown to him
 */
public record Acceptance(String name, String ip, String userAgent, String signature, String consentText) {}

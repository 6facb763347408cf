package io.relance.tracking;

/** A subject's link and its absolute URL ({@code RELANCE_PUBLIC_URL} + {@code /q/} + token). */
public record IssuedLink(TrackedLink link, String token, String url) {}

package io.relance.workspace;

/** A token just created: the only moment its secret {@code token} is known. */
public record CreatedApiToken(ApiToken token, String secret) {}

package io.relance.workspace;

/** A user just created, with the temporary password generated for him (null when the admin chose one). */
public record CreatedUser(User user, String temporaryPassword) {}

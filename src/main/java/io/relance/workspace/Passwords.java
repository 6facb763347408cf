package io.relance.workspace;

import io.relance.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/** The password rule (10 characters at least, 72 bytes at most: BCrypt's limit) and temporary passwords. */
final class Passwords {

    static final int MIN_LENGTH = 10;
    static final int MAX_BYTES = 72;
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {}

    static void check(String field, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidInputException(field, "validation.password.short", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidInputException(field, "validation.password.long", MAX_BYTES);
        }
    }

    static String temporary() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}

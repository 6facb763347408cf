package io.relance.workspace.security;

import io.relance.shared.InvalidInputException;
import io.relance.shared.Text;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are read like every other text ({@link Text#normalize}: NFC, no spaces at the edges, visible or not),
 * whether they come from JSON, a form or the login: so the password set and the one typed to sign in always agree.
 * A hash made of a password before that rule still matches the password exactly as it was typed then.
 */
final class NormalizingPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;

    NormalizingPasswordEncoder(PasswordEncoder delegate) {
        this.delegate = delegate;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(normalize(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return false;
        }
        String normalized = normalize(rawPassword);
        return (normalized != null && delegate.matches(normalized, encodedPassword))
                || (!rawPassword.toString().equals(normalized) && delegate.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    /** The normalised password; null when it holds a character no password may (it then matches nothing). */
    private static String normalize(CharSequence raw) {
        if (raw == null) {
            return null;
        }
        try {
            return Text.normalize("password", raw.toString());
        } catch (InvalidInputException e) {
            return null;
        }
    }
}

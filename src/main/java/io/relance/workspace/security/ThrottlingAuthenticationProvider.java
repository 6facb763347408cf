package io.relance.workspace.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Checks the password (form login and HTTP Basic alike) under the login throttle. */
record ThrottlingAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle)
        implements AuthenticationProvider {

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String email = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
        throttle.check(email, address);
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.recordSuccess(email, address);
            return result;
        } catch (BadCredentialsException | DisabledException e) {
            throttle.recordFailure(email, address);
            throw new BadCredentialsException("Bad credentials");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

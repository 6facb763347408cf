package io.relance.shared;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user, as every module sees him: {@code @AuthenticationPrincipal RelanceUser me}. Every query
 * a module runs names {@link #workspaceId()}.
 */
public final class RelanceUser implements UserDetails, CredentialsContainer {

    private static final long serialVersionUID = 1L;

    /** The authority of the instance's operator ({@link #isOperator()}). */
    public static final String OPERATOR_AUTHORITY = "ROLE_OPERATOR";

    private final UserId userId;
    private final WorkspaceId workspaceId;
    private final String email;
    private final String displayName;
    private final Role role;
    private final String locale;
    private final boolean active;
    private final boolean operator;
    private final boolean passwordChangeRequired;
    private String passwordHash;

    /**
     * {@code operator}: the instance's operator (monitoring, test clock), whatever his workspace role;
     * {@code passwordChangeRequired}: he signed in with a temporary password and must choose his own first.
     */
    public RelanceUser(
            UserId userId,
            WorkspaceId workspaceId,
            String email,
            String displayName,
            Role role,
            String locale,
            boolean active,
            boolean operator,
            boolean passwordChangeRequired,
            String passwordHash) {
        this.passwordChangeRequired = passwordChangeRequired;
        this.operator = operator;
        this.userId = userId;
        this.workspaceId = workspaceId;
        this.email = email;
        this.displayName = displayName;
        this.role = role;
        this.locale = locale;
        this.active = active;
        this.passwordHash = passwordHash;
    }

    public UserId userId() {
        return userId;
    }

    public WorkspaceId workspaceId() {
        return workspaceId;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Managers and admins see and act on every record of the workspace. */
    public boolean seesAll() {
        return role.seesAll();
    }

    /**
     * Whoever runs the installation (the administrator made at set-up): reads instance-wide monitoring and moves
     * the test clock. Self-service sign-up never makes one.
     */
    public boolean isOperator() {
        return operator;
    }

    /** Signed in with a temporary password: nothing but choosing his own until he has. */
    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    public Locale locale() {
        return SupportedLocales.of(locale);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        SimpleGrantedAuthority roleAuthority = new SimpleGrantedAuthority("ROLE_" + role.name());
        return operator
                ? List.of(roleAuthority, new SimpleGrantedAuthority(OPERATOR_AUTHORITY))
                : List.of(roleAuthority);
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RelanceUser other && other.userId.equals(userId);
    }

    @Override
    public int hashCode() {
        return userId.hashCode();
    }

    @Override
    public String toString() {
        return "RelanceUser[" + email + ", " + role + "]";
    }
}

package io.relance.workspace;

import io.relance.shared.RelanceUser;
import io.relance.shared.Role;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.time.Instant;

/** A person who signs in to a workspace. State changes are named; the role decides what he sees. */
public final class User {

    private final UserId id;
    private final WorkspaceId workspaceId;
    private final String email;
    private String displayName;
    private String passwordHash;
    private Role role;
    private String locale;
    private boolean active;
    private final boolean operator;
    private boolean passwordChangeRequired;
    private String emailSignature;
    private boolean emailOnFirstOpen;
    private boolean emailDailyTasks = true;
    private final Instant createdAt;
    private final long version;

    User(
            UserId id,
            WorkspaceId workspaceId,
            String email,
            String displayName,
            String passwordHash,
            Role role,
            String locale,
            boolean active,
            boolean operator,
            Instant createdAt,
            long version) {
        this.operator = operator;
        this.id = id;
        this.workspaceId = workspaceId;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.locale = locale;
        this.active = active;
        this.createdAt = createdAt;
        this.version = version;
    }

    /** A new active user; {@code operator}: the administrator made at set-up, who runs the installation too. */
    static User create(
            UserId id,
            WorkspaceId workspaceId,
            String email,
            String displayName,
            String passwordHash,
            Role role,
            String locale,
            boolean operator,
            Instant now) {
        return new User(
                id,
                workspaceId,
                normalizeEmail(email),
                displayName.strip(),
                passwordHash,
                role,
                locale,
                true,
                operator,
                now,
                0);
    }

    static String normalizeEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    void rename(String newName) {
        this.displayName = newName.strip();
    }

    void changeRole(Role newRole) {
        this.role = newRole;
    }

    void speak(String newLocale) {
        this.locale = newLocale;
    }

    /** A password of his own (or one an admin chose for him). */
    void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.passwordChangeRequired = false;
    }

    /** A generated password, shown once to an admin: the user must replace it at his first sign-in. */
    void giveTemporaryPassword(String newHash) {
        this.passwordHash = newHash;
        this.passwordChangeRequired = true;
    }

    /** The text put under the e-mails he sends; blank removes it. */
    void sign(String signature) {
        this.emailSignature = signature == null || signature.isBlank()
                ? null
                : signature.replace("\r\n", "\n").strip();
    }

    User signing(String signature) {
        this.emailSignature = signature;
        return this;
    }

    public String emailSignature() {
        return emailSignature;
    }

    /**
     * The e-mails he wants from Relance (null leaves a choice as it is): one when one of his quotes is opened for the
     * first time, the daily digest of his tasks overdue and due today (the bell tells him of both anyway).
     */
    void wantMail(Boolean onFirstOpen, Boolean dailyTasks) {
        if (onFirstOpen != null) {
            this.emailOnFirstOpen = onFirstOpen;
        }
        if (dailyTasks != null) {
            this.emailDailyTasks = dailyTasks;
        }
    }

    User mailingOnFirstOpen(boolean wanted) {
        this.emailOnFirstOpen = wanted;
        return this;
    }

    public boolean emailOnFirstOpen() {
        return emailOnFirstOpen;
    }

    User mailingDailyTasks(boolean wanted) {
        this.emailDailyTasks = wanted;
        return this;
    }

    public boolean emailDailyTasks() {
        return emailDailyTasks;
    }

    User requiringPasswordChange(boolean required) {
        this.passwordChangeRequired = required;
        return this;
    }

    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    void deactivate() {
        this.active = false;
    }

    void activate() {
        this.active = true;
    }

    public UserId id() {
        return id;
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

    String passwordHash() {
        return passwordHash;
    }

    /** The signed-in user as every module sees him. */
    RelanceUser principal() {
        return new RelanceUser(
                id(),
                workspaceId(),
                email,
                displayName,
                role,
                locale(),
                active(),
                operator,
                passwordChangeRequired,
                passwordHash);
    }

    public Role role() {
        return role;
    }

    public String locale() {
        return locale;
    }

    public boolean active() {
        return active;
    }

    public boolean operator() {
        return operator;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}

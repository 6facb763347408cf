package io.relance.workspace;

import io.relance.shared.Cursors;
import io.relance.shared.FieldProblem;
import io.relance.shared.ForbiddenException;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.ListPage;
import io.relance.shared.NotFoundException;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import io.relance.shared.Role;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The entry point of the workspace module: set-up, settings, users and their passwords (tokens: ApiTokenManagement). */
@Service
public class WorkspaceManagement {

    private static final Logger log = LoggerFactory.getLogger(WorkspaceManagement.class);
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final Workspaces workspaces;
    private final Users users;
    private final ApiTokens tokens;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WorkspaceManagement(
            Workspaces workspaces,
            Users users,
            ApiTokens tokens,
            PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events,
            Clock clock) {
        this.workspaces = workspaces;
        this.users = users;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    // --- set-up -------------------------------------------------------------------------------------------------

    public boolean isInstalled() {
        return workspaces.isInstalled();
    }

    /** The one-time set-up of a fresh instance: the first workspace and its admin. */
    @Transactional
    public Workspace setUp(NewWorkspace form) {
        Workspace workspace = createWorkspace(form, true);
        if (!workspaces.claimInstallation(workspace.id(), clock.instant())) {
            throw new InvalidInputException("workspaceName", "setup.alreadyDone");
        }
        log.info("Relance set up: workspace '{}' with admin {}", workspace.name(), form.adminEmail());
        return workspace;
    }

    /** Self-service sign-up of another workspace (only when the instance allows it). */
    @Transactional
    public Workspace signUp(NewWorkspace form) {
        Workspace workspace = createWorkspace(form, false);
        workspaces.claimInstallation(workspace.id(), clock.instant());
        log.info("Workspace '{}' signed up by {}", workspace.name(), form.adminEmail());
        return workspace;
    }

    /**
     * Self-service sign-up as the page does it, without telling whether the e-mail already has an account: for
     * a known e-mail nothing is created (the password is hashed all the same, so the answer takes as long) and
     * the answer is empty; the page says the same thing either way. Errors of the form itself still show.
     */
    @Transactional
    public Optional<Workspace> signUpQuietly(NewWorkspace form) {
        List<FieldProblem> problems = new ArrayList<>();
        checkSettings(form.currency(), form.timeZone(), form.country(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Passwords.check("adminPassword", form.adminPassword());
        if (users.emailTaken(User.normalizeEmail(form.adminEmail()))) {
            passwordEncoder.encode(form.adminPassword());
            log.info("Sign-up with an e-mail that already has an account: nothing created");
            return Optional.empty();
        }
        return Optional.of(signUp(form));
    }

    /** A workspace and its first admin; {@code operator}: he also runs the installation (set-up only). */
    private Workspace createWorkspace(NewWorkspace form, boolean operator) {
        List<FieldProblem> problems = new ArrayList<>();
        checkSettings(form.currency(), form.timeZone(), form.country(), problems);
        String email = User.normalizeEmail(form.adminEmail());
        if (users.emailTaken(email)) {
            problems.add(new FieldProblem("adminEmail", "validation.email.taken"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Passwords.check("adminPassword", form.adminPassword());
        Instant now = clock.instant();
        Workspace workspace = new Workspace(
                new WorkspaceId(Ids.newId()),
                form.workspaceName().strip(),
                form.currency(),
                form.language(),
                form.timeZone(),
                form.country(),
                now,
                0);
        workspaces.insert(workspace);
        String hash = passwordEncoder.encode(form.adminPassword());
        UserId adminId = new UserId(Ids.newId());
        User admin = User.create(
                adminId, workspace.id(), email, form.adminName(), hash, Role.ADMIN, form.language(), operator, now);
        users.insert(admin);
        events.publishEvent(new UserCreated(workspace.id(), admin.id(), Role.ADMIN));
        return workspace;
    }

    private static void checkSettings(String currency, String timeZone, String country, List<FieldProblem> problems) {
        try {
            Currency.getInstance(currency);
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(new FieldProblem("currency", "validation.currency"));
        }
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException | NullPointerException e) {
            problems.add(new FieldProblem("timeZone", "validation.timeZone"));
        }
        if (country == null || !COUNTRIES.contains(country)) {
            problems.add(new FieldProblem("country", "validation.country"));
        }
    }

    // --- the workspace and its settings -------------------------------------------------------------------------

    public Workspace workspace(WorkspaceId id) {
        return workspaces.findById(id).orElseThrow(NotFoundException::new);
    }

    /** Every workspace's time zone, for jobs that work per workspace and local day (the daily run). */
    public java.util.Map<WorkspaceId, java.time.ZoneId> timeZones() {
        return workspaces.zones();
    }

    @Transactional
    public Workspace updateSettings(RelanceUser me, WorkspaceSettings settings) {
        requireAdmin(me);
        List<FieldProblem> problems = new ArrayList<>();
        checkSettings(settings.currency(), settings.timeZone(), settings.country(), problems);
        if (settings.version() == null) {
            problems.add(new FieldProblem("version", "validation.version"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Workspace current = workspace(me.workspaceId());
        if (current.version() != settings.version()) {
            throw new io.relance.shared.StaleVersionException();
        }
        Workspace changed = current.withSettings(settings);
        workspaces.update(changed);
        return workspace(me.workspaceId());
    }

    // --- users --------------------------------------------------------------------------------------------------

    public ListPage<User> users(RelanceUser me, PageRequest page) {
        UUID after = page.cursor() == null
                ? null
                : Ids.parseCursorId(Cursors.decode(page.cursor(), 1).get(0));
        List<User> fetched = users.list(me.workspaceId(), after, page.limit() + 1);
        return ListPage.of(fetched, page.limit(), u -> Cursors.encode(u.id().toString()));
    }

    /** Every user of the workspace, for pickers (owner, assignee): small lists by nature. */
    public List<UserSummary> members(WorkspaceId workspace) {
        return users.members(workspace).stream().map(UserSummary::of).toList();
    }

    public Optional<UserSummary> member(WorkspaceId workspace, UserId id) {
        return users.findById(workspace, id).map(UserSummary::of);
    }

    public User user(RelanceUser me, UserId id) {
        return users.findById(me.workspaceId(), id).orElseThrow(NotFoundException::new);
    }

    /** Creates a user; answers the temporary password when none was given (shown once to the admin). */
    @Transactional
    public CreatedUser createUser(RelanceUser me, NewUser form) {
        requireAdmin(me);
        if (users.emailTaken(form.email())) {
            throw new InvalidInputException("email", "validation.email.taken");
        }
        boolean generated = form.password() == null || form.password().isBlank();
        String password = generated ? Passwords.temporary() : form.password();
        Passwords.check("password", password);
        String locale = form.locale() == null ? workspace(me.workspaceId()).defaultLocale() : form.locale();
        User user = User.create(
                new UserId(Ids.newId()),
                me.workspaceId(),
                form.email(),
                form.displayName(),
                passwordEncoder.encode(password),
                form.role(),
                locale,
                false,
                clock.instant());
        if (generated) {
            user.giveTemporaryPassword(passwordEncoder.encode(password));
        }
        users.insert(user);
        events.publishEvent(new UserCreated(me.workspaceId(), user.id(), user.role()));
        log.info("{} created user {} ({})", me.email(), user.email(), user.role());
        return new CreatedUser(user(me, user.id()), generated ? password : null);
    }

    @Transactional
    public User updateUser(RelanceUser me, UserId id, UserChanges changes) {
        requireAdmin(me);
        User user = user(me, id);
        if (user.version() != changes.version()) {
            throw new io.relance.shared.StaleVersionException();
        }
        boolean accessChanged = false;
        if (changes.displayName() != null) {
            if (changes.displayName().isBlank()) {
                throw new InvalidInputException("displayName", "validation.required");
            }
            user.rename(changes.displayName());
        }
        if (changes.locale() != null) {
            user.speak(changes.locale());
        }
        if (changes.role() != null && changes.role() != user.role()) {
            user.changeRole(changes.role());
            accessChanged = true;
        }
        if (changes.active() != null && changes.active() != user.active()) {
            if (changes.active()) {
                user.activate();
            } else {
                user.deactivate();
            }
            accessChanged = true;
        }
        boolean passwordChanged = false;
        if (changes.password() != null) {
            Passwords.check("password", changes.password());
            user.changePassword(passwordEncoder.encode(changes.password()));
            accessChanged = true;
            passwordChanged = true;
        }
        users.update(user, changes.version());
        if (users.countActiveAdmins(me.workspaceId()) == 0) {
            // rolled back by the exception: a workspace always keeps one active admin
            throw new InvalidInputException(changes.role() != null ? "role" : "active", "user.lastAdmin");
        }
        if (passwordChanged) {
            revokeTokens(user);
        }
        if (accessChanged) {
            events.publishEvent(new UserAccessChanged(me.workspaceId(), user.id(), user.email()));
            log.info(
                    "{} changed access of {}: role {}, active {}",
                    me.email(),
                    user.email(),
                    user.role(),
                    user.active());
        }
        return user(me, id);
    }

    /** Gives a user a new temporary password, shown once to the admin; his sessions are signed out. */
    @Transactional
    public String resetPassword(RelanceUser me, UserId id) {
        requireAdmin(me);
        User user = user(me, id);
        String password = Passwords.temporary();
        user.giveTemporaryPassword(passwordEncoder.encode(password));
        users.update(user, user.version());
        revokeTokens(user);
        events.publishEvent(new UserAccessChanged(me.workspaceId(), user.id(), user.email()));
        log.info("{} reset the password of {}", me.email(), user.email());
        return password;
    }

    // --- the user himself ---------------------------------------------------------------------------------------

    public User profile(RelanceUser me) {
        return user(me, me.userId());
    }

    @Transactional
    public RelanceUser updateProfile(RelanceUser me, ProfileChanges changes) {
        User user = profile(me);
        if (user.version() != changes.version()) {
            throw new io.relance.shared.StaleVersionException();
        }
        user.rename(changes.displayName());
        user.speak(changes.locale());
        if (changes.emailSignature() != null) {
            user.sign(changes.emailSignature());
        }
        user.wantMail(changes.emailOnFirstOpen(), changes.emailDailyTasks());
        users.update(user, changes.version());
        return profile(me).principal();
    }

    /** Whether this member wants an e-mail when one of his quotes is opened for the first time (false if none). */
    public boolean wantsEmailOnFirstOpen(WorkspaceId workspace, UserId id) {
        return users.findById(workspace, id)
                .filter(User::active)
                .map(User::emailOnFirstOpen)
                .orElse(false);
    }

    /** Whether this member wants the daily e-mail of his due tasks (on unless he turned it off; false if none). */
    public boolean wantsDailyTaskEmail(WorkspaceId workspace, UserId id) {
        return users.findById(workspace, id)
                .filter(User::active)
                .map(User::emailDailyTasks)
                .orElse(false);
    }

    /** The e-mail signature of a member (null when he has none or is not one). */
    public String emailSignature(WorkspaceId workspace, UserId id) {
        return users.findById(workspace, id).map(User::emailSignature).orElse(null);
    }

    /**
     * The user changes his own password: his API tokens are revoked and his other sessions signed out (all of
     * them when {@code keepSessionId} is null, as through the API).
     */
    @Transactional
    public void changeOwnPassword(RelanceUser me, String currentPassword, String newPassword, String keepSessionId) {
        User user = profile(me);
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.passwordHash())) {
            throw new InvalidInputException("currentPassword", "profile.password.wrong");
        }
        Passwords.check("newPassword", newPassword);
        if (passwordEncoder.matches(newPassword, user.passwordHash())) {
            throw new InvalidInputException("newPassword", "profile.password.same");
        }
        user.changePassword(passwordEncoder.encode(newPassword));
        users.update(user, user.version());
        revokeTokens(user);
        events.publishEvent(new UserAccessChanged(me.workspaceId(), user.id(), user.email(), keepSessionId));
        log.info("{} changed his password", me.email());
    }

    /** After a password change nothing signed in with the old one stays: API tokens are revoked too. */
    private void revokeTokens(User user) {
        int revoked = tokens.revokeAll(user.workspaceId(), user.id(), clock.instant());
        if (revoked > 0) {
            log.info("Revoked {} API token(s) of {} after a password change", revoked, user.email());
        }
    }

    /** The user behind a sign-in e-mail, for the login; empty when unknown. */
    public Optional<RelanceUser> signInCandidate(String email) {
        return users.findByEmail(email).map(User::principal);
    }

    /** A fresh principal for a user who is already signed in (after his profile changed). */
    public Optional<RelanceUser> reload(WorkspaceId workspace, UserId id) {
        return users.findById(workspace, id).filter(User::active).map(User::principal);
    }

    static void requireAdmin(RelanceUser me) {
        if (!me.isAdmin()) {
            throw new ForbiddenException();
        }
    }
}

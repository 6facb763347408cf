package io.relance.workspace.web;

import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.ListPage;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import io.relance.shared.Role;
import io.relance.shared.UserId;
import io.relance.workspace.ApiToken;
import io.relance.workspace.ApiTokenManagement;
import io.relance.workspace.CreatedUser;
import io.relance.workspace.NewUser;
import io.relance.workspace.ProfileChanges;
import io.relance.workspace.User;
import io.relance.workspace.UserChanges;
import io.relance.workspace.Workspace;
import io.relance.workspace.WorkspaceManagement;
import io.relance.workspace.WorkspaceSettings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The JSON API of the workspace module: me, users, tokens, workspace settings. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Workspace", description = "The signed-in user, users, API tokens and workspace settings")
record WorkspaceApiController(WorkspaceManagement workspaces, ApiTokenManagement apiTokens) {

    record WorkspaceView(
            UUID id,
            String name,
            String currency,
            String defaultLocale,
            String timeZone,
            String country,
            long version) {
        static WorkspaceView of(Workspace w) {
            return new WorkspaceView(
                    w.id().value(), w.name(), w.currency(), w.defaultLocale(), w.timeZone(), w.country(), w.version());
        }
    }

    record MeView(
            UUID id,
            String email,
            String displayName,
            Role role,
            String locale,
            boolean emailOnFirstOpen,
            boolean emailDailyTasks,
            WorkspaceView workspace) {}

    /** The user's own preferences, each left as it is when absent (at least one): the e-mails he wants. */
    record PreferencesBody(Boolean emailOnFirstOpen, Boolean emailDailyTasks) {}

    record UserView(
            UUID id,
            String email,
            String displayName,
            Role role,
            String locale,
            boolean active,
            Instant createdAt,
            long version,
            String temporaryPassword) {
        static UserView of(User u) {
            return of(u, null);
        }

        static UserView of(User u, String temporaryPassword) {
            return new UserView(
                    u.id().value(),
                    u.email(),
                    u.displayName(),
                    u.role(),
                    u.locale(),
                    u.active(),
                    u.createdAt(),
                    u.version(),
                    temporaryPassword);
        }
    }

    record TokenRequest(String name) {}

    record PasswordChange(String currentPassword, String newPassword) {}

    record TokenView(
            UUID id,
            String name,
            String prefix,
            Instant createdAt,
            Instant lastUsedAt,
            Instant revokedAt,
            String token) {
        static TokenView of(ApiToken t, String secret) {
            return new TokenView(t.id(), t.name(), t.prefix(), t.createdAt(), t.lastUsedAt(), t.revokedAt(), secret);
        }
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in user, his role and workspace")
    MeView me(@AuthenticationPrincipal RelanceUser me) {
        User user = workspaces.profile(me);
        return new MeView(
                user.id().value(),
                user.email(),
                user.displayName(),
                user.role(),
                user.locale(),
                user.emailOnFirstOpen(),
                user.emailDailyTasks(),
                WorkspaceView.of(workspaces.workspace(me.workspaceId())));
    }

    @PutMapping("/me/preferences")
    @Operation(
            summary = "Change the signed-in user's preferences: an e-mail when one of his quotes is opened for the"
                    + " first time (emailOnFirstOpen), the daily e-mail of his tasks overdue and due today"
                    + " (emailDailyTasks); an absent one stays as it is")
    MeView preferences(@AuthenticationPrincipal RelanceUser me, @RequestBody PreferencesBody body) {
        if (body == null || (body.emailOnFirstOpen() == null && body.emailDailyTasks() == null)) {
            throw new InvalidInputException("emailOnFirstOpen", "validation.required");
        }
        User user = workspaces.profile(me);
        workspaces.updateProfile(
                me,
                new ProfileChanges(
                        user.version(),
                        user.displayName(),
                        user.locale(),
                        null,
                        body.emailOnFirstOpen(),
                        body.emailDailyTasks()));
        return me(me);
    }

    @PutMapping("/me/password")
    @Operation(
            summary = "Change the signed-in user's password",
            description = "Revokes all his API tokens (the one used for this call too) and signs out his sessions.")
    ResponseEntity<Void> changePassword(@AuthenticationPrincipal RelanceUser me, @RequestBody PasswordChange body) {
        workspaces.changeOwnPassword(
                me, body == null ? null : body.currentPassword(), body == null ? null : body.newPassword(), null);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/workspace")
    @Operation(summary = "The workspace's settings")
    WorkspaceView workspace(@AuthenticationPrincipal RelanceUser me) {
        return WorkspaceView.of(workspaces.workspace(me.workspaceId()));
    }

    @PutMapping("/workspace")
    @Operation(summary = "Change the workspace's settings (admins); version required")
    WorkspaceView updateWorkspace(@AuthenticationPrincipal RelanceUser me, @Valid @RequestBody WorkspaceSettings body) {
        return WorkspaceView.of(workspaces.updateSettings(me, body));
    }

    @GetMapping("/users")
    @Operation(summary = "Users of the workspace (admins)")
    ListPage<UserView> users(
            @AuthenticationPrincipal RelanceUser me,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return workspaces.users(me, PageRequest.of(limit, cursor)).map(UserView::of);
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a user (admins); without a password a temporary one is answered once")
    UserView createUser(@AuthenticationPrincipal RelanceUser me, @Valid @RequestBody NewUser body) {
        CreatedUser created = workspaces.createUser(me, body);
        return UserView.of(created.user(), created.temporaryPassword());
    }

    @GetMapping("/users/{id}")
    UserView user(@AuthenticationPrincipal RelanceUser me, @PathVariable String id) {
        return UserView.of(workspaces.user(me, new UserId(Ids.parse(id))));
    }

    @PatchMapping("/users/{id}")
    @Operation(summary = "Change a user's name, role, language, activity or password (admins); version required")
    UserView updateUser(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String id, @Valid @RequestBody UserChanges body) {
        return UserView.of(workspaces.updateUser(me, new UserId(Ids.parse(id)), body));
    }

    @GetMapping("/tokens")
    @Operation(summary = "The signed-in user's API tokens (secrets are never shown again)")
    ListPage<TokenView> tokens(@AuthenticationPrincipal RelanceUser me) {
        List<TokenView> items =
                apiTokens.tokens(me).stream().map(t -> TokenView.of(t, null)).toList();
        return new ListPage<>(items, null);
    }

    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a personal API token; its secret is in 'token', answered this once")
    TokenView createToken(@AuthenticationPrincipal RelanceUser me, @RequestBody TokenRequest body) {
        var created = apiTokens.createToken(me, body == null ? null : body.name());
        return TokenView.of(created.token(), created.secret());
    }

    @DeleteMapping("/tokens/{id}")
    @Operation(summary = "Revoke one of the signed-in user's tokens")
    ResponseEntity<Void> revokeToken(@AuthenticationPrincipal RelanceUser me, @PathVariable String id) {
        apiTokens.revokeToken(me, Ids.parse(id));
        return ResponseEntity.noContent().build();
    }
}

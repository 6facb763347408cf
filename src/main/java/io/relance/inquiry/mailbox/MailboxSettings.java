package io.relance.inquiry.mailbox;

import io.relance.shared.FieldProblem;
import io.relance.shared.ForbiddenException;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.relance.shared.StaleVersionException;
import io.relance.shared.Text;
import io.relance.shared.UserId;
import io.relance.workspace.WorkspaceManagement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workspace's lead mailbox, as admins set it: host, port, IMAPS or not, user, password (write-only: kept when
 * left out of a change), folder (INBOX), the member inquiries are taken in as (default: the admin), enabled.
 */
@Service
public class MailboxSettings {

    /** The settings as an admin sends them; {@code version} null for the first save. */
    public record Change(
            String host,
            Integer port,
            Boolean ssl,
            String username,
            String password,
            String folder,
            String actingUserId,
            Boolean enabled,
            Long version) {}

    /** The settings as read back: no password, whether one is kept; the last poll and its error. */
    public record View(
            String host,
            int port,
            boolean ssl,
            String username,
            boolean passwordSet,
            String folder,
            UUID actingUserId,
            boolean enabled,
            java.time.Instant lastPolledAt,
            String lastError,
            long version) {}

    private final Mailboxes mailboxes;
    private final WorkspaceManagement workspaces;

    MailboxSettings(Mailboxes mailboxes, WorkspaceManagement workspaces) {
        this.mailboxes = mailboxes;
        this.workspaces = workspaces;
    }

    public Optional<View> read(RelanceUser me) {
        requireAdmin(me);
        return mailboxes.find(me.workspaceId()).map(MailboxSettings::view);
    }

    @Transactional
    public View save(RelanceUser me, Change c) {
        requireAdmin(me);
        Optional<Mailbox> current = mailboxes.find(me.workspaceId());
        List<FieldProblem> problems = new ArrayList<>();
        String host = Text.clean("host", c.host(), 255, problems);
        if (host == null) {
            problems.add(new FieldProblem("host", "validation.required"));
        }
        int port = c.port() == null ? (Boolean.FALSE.equals(c.ssl()) ? 143 : 993) : c.port();
        if (port < 1 || port > 65535) {
            problems.add(new FieldProblem("port", "validation.choice"));
        }
        String username = Text.clean("username", c.username(), 255, problems);
        if (username == null) {
            problems.add(new FieldProblem("username", "validation.required"));
        }
        String password = c.password() != null && !c.password().isEmpty()
                ? c.password()
                : current.map(Mailbox::password).orElse(null);
        if (password == null) {
            problems.add(new FieldProblem("password", "validation.required"));
        } else if (password.length() > 255) {
            problems.add(new FieldProblem("password", "validation.size.max", 255));
        }
        String folder = Optional.ofNullable(Text.clean("folder", c.folder(), 100, problems))
                .orElse("INBOX");
        UUID acting = me.userId().value();
        if (Text.clean(c.actingUserId()) != null) {
            acting = Ids.parse(c.actingUserId());
            if (workspaces
                    .member(me.workspaceId(), new UserId(acting))
                    .filter(u -> u.active())
                    .isEmpty()) {
                problems.add(new FieldProblem("actingUserId", "inquiry.mailbox.member"));
            }
        }
        if (current.isPresent() && c.version() == null) {
            problems.add(new FieldProblem("version", "validation.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Mailbox box = new Mailbox(
                me.workspaceId(),
                host,
                port,
                !Boolean.FALSE.equals(c.ssl()),
                username,
                password,
                folder,
                acting,
                !Boolean.FALSE.equals(c.enabled()),
                null,
                null,
                0);
        if (!mailboxes.save(box, current.isPresent() ? c.version() : null)) {
            throw new StaleVersionException();
        }
        return view(mailboxes.find(me.workspaceId()).orElseThrow());
    }

    private static void requireAdmin(RelanceUser me) {
        if (!me.isAdmin()) {
            throw new ForbiddenException();
        }
    }

    private static View view(Mailbox m) {
        return new View(
                m.host(),
                m.port(),
                m.ssl(),
                m.username(),
                m.password() != null,
                m.folder(),
                m.actingUserId(),
                m.enabled(),
                m.lastPolledAt(),
                m.lastError(),
                m.version());
    }
}

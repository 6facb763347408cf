package io.relance.workspace;

import io.relance.shared.RelanceUser;
import io.relance.shared.Role;
import io.relance.shared.WorkspaceId;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Test data for the workspace module: a fresh workspace with an admin, and users of any role in it.
 * Every fixture workspace has unique e-mails, so tests share one database without stepping on each other.
 */
@Component
public class WorkspaceFixture {

    public static final String PASSWORD = "correct-horse-battery";

    private final WorkspaceManagement workspaces;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    public WorkspaceFixture(WorkspaceManagement workspaces, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.workspaces = workspaces;
        this.jdbc = jdbc;
    }

    /**
     * A user who runs the installation as the administrator made at set-up does (monitoring, test clock); tests
     * share one database, so the set-up itself has long been done.
     */
    public RelanceUser operator() {
        TestWorkspace installation = create("Installation");
        jdbc.sql("UPDATE user_accounts SET instance_operator = TRUE WHERE id = ?")
                .param(installation.admin().userId().value())
                .update();
        return workspaces.signInCandidate(installation.admin().email()).orElseThrow();
    }

    /** A workspace as a test sees it: its admin, and a way to add members. */
    public final class TestWorkspace {
        private final Workspace workspace;
        private final RelanceUser admin;

        TestWorkspace(Workspace workspace, RelanceUser admin) {
            this.workspace = workspace;
            this.admin = admin;
        }

        public Workspace workspace() {
            return workspace;
        }

        public WorkspaceId id() {
            return workspace.id();
        }

        public RelanceUser admin() {
            return admin;
        }

        public RelanceUser manager(String name) {
            return member(name, Role.MANAGER);
        }

        public RelanceUser rep(String name) {
            return member(name, Role.SALES_REP);
        }

        public RelanceUser member(String name, Role role) {
            return member(name, role, "en");
        }

        /** A member reading {@code language} (en, fr, es, de). */
        public RelanceUser member(String name, Role role, String language) {
            String email =
                    io.relance.shared.Text.fold(name).replaceAll("[^a-z0-9]+", ".") + "-" + unique() + "@relance.test";
            workspaces.createUser(admin, new NewUser(email, name, role, language, PASSWORD));
            return workspaces.signInCandidate(email).orElseThrow();
        }
    }

    /** The same signed-in user reading {@code language} (en, fr, es, de), as if he had changed his profile. */
    public static RelanceUser speaking(RelanceUser u, String language) {
        return new RelanceUser(
                u.userId(), u.workspaceId(), u.email(), u.displayName(), u.role(), language, true, false, false, null);
    }

    /** A sales rep, "Rep", of a new workspace, "Acme": who most tests act as. */
    public RelanceUser rep() {
        return create("Acme").rep("Rep");
    }

    /** Two sales reps, Alice and Bob, and their manager, Maud, in a new workspace "Acme": who sees whose records. */
    public Team team() {
        TestWorkspace acme = create("Acme");
        return new Team(acme, acme.rep("Alice"), acme.rep("Bob"), acme.manager("Maud"));
    }

    /** The workspace of {@link #team()} and its three members. */
    public record Team(TestWorkspace acme, RelanceUser alice, RelanceUser bob, RelanceUser manager) {}

    public TestWorkspace create(String name) {
        String email = "admin-" + unique() + "@relance.test";
        Workspace workspace = workspaces.signUp(
                new NewWorkspace(name, "EUR", "en", "Europe/Paris", "FR", "Ada Admin", email, PASSWORD));
        return new TestWorkspace(workspace, workspaces.signInCandidate(email).orElseThrow());
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}

package io.relance.shared.citus;

import java.util.Set;

/**
 * Where each table lives on Citus. Every table with a {@code workspace_id} column is distributed by it, all
 * colocated, so a workspace's rows share one shard group. The few global tables are listed here: reference tables
 * (copied to every node; read on every request, rarely written) and coordinator-local tables (written often, never
 * joined with a workspace table; plain PostgreSQL tables on the coordinator, so {@code FOR UPDATE SKIP LOCKED} and
 * the like behave exactly as on PostgreSQL). A new table that has no {@code workspace_id} and is on neither list
 * makes the migration fail on Citus, so it is decided when it is written.
 */
public final class CitusTables {

    /** Global tables copied to every node: sign-in and authorisation read them next to workspace tables. */
    public static final Set<String> REFERENCE = Set.of("workspaces", "installation", "user_accounts", "api_tokens");

    /**
     * Global tables kept on the coordinator only: sign-in throttling, the shared test clock, web sessions, the job scheduler's and the event
     * registry's own tables, Flyway's history.
     */
    public static final Set<String> COORDINATOR_LOCAL = Set.of(
            "login_throttle",
            "test_clock",
            "spring_session",
            "spring_session_attributes",
            "scheduled_tasks",
            "event_publication",
            "event_publication_archive",
            "flyway_schema_history");

    /** The distribution column of every other table. */
    public static final String DISTRIBUTION_COLUMN = "workspace_id";

    private CitusTables() {}
}

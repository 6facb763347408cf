package io.relance.followup.daily;

import io.relance.followup.FollowUpRule;
import io.relance.followup.FollowUpTasks;
import io.relance.followup.RuleTask;
import io.relance.followup.TaskTarget;
import io.relance.followup.TaskType;
import io.relance.party.ThirdPartyId;
import io.relance.shared.Db;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A daily part for the tests of the run: in the workspaces a test armed (and nowhere else), it plans a to-do per third
 * party (rule key {@code probe:<third party>}, one at a time through {@link FollowUpTasks}, each in its own
 * transaction), and may crash after a number of them, once, as a node that dies in the middle would.
 */
@Component
public class ProbeDailyWork implements DailyWork {

    public static final String NAME = "test-probe";

    /** How a workspace is armed: crash after that many items on the first attempt (-1: never), from that hour. */
    record Arming(int crashAfter, LocalTime notBefore, AtomicInteger runs) {}

    private final Map<WorkspaceId, Arming> armed = new ConcurrentHashMap<>();
    private final FollowUpTasks tasks;
    private final JdbcClient jdbc;

    ProbeDailyWork(FollowUpTasks tasks, JdbcClient jdbc) {
        this.tasks = tasks;
        this.jdbc = jdbc;
    }

    public void arm(WorkspaceId ws) {
        arm(ws, -1, LocalTime.MIDNIGHT);
    }

    public void arm(WorkspaceId ws, int crashAfter, LocalTime notBefore) {
        armed.put(ws, new Arming(crashAfter, notBefore, new AtomicInteger()));
    }

    /** How many times the part started in the workspace. */
    public int runs(WorkspaceId ws) {
        Arming a = armed.get(ws);
        return a == null ? 0 : a.runs().get();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public LocalTime notBefore(WorkspaceId workspace) {
        Arming a = armed.get(workspace);
        return a == null ? LocalTime.MIDNIGHT : a.notBefore();
    }

    @Override
    public int run(WorkspaceId ws, LocalDate today) {
        Arming a = armed.get(ws);
        if (a == null) {
            return 0;
        }
        boolean first = a.runs().incrementAndGet() == 1;
        List<Map<String, Object>> parties = jdbc.sql(
                        "SELECT id, owner_id FROM third_parties WHERE workspace_id = ? ORDER BY id")
                .param(ws.value())
                .query()
                .listOfRows();
        int planned = 0;
        int seen = 0;
        for (Map<String, Object> p : parties) {
            if (first && a.crashAfter() >= 0 && seen == a.crashAfter()) {
                throw new IllegalStateException("The node died");
            }
            seen++;
            ThirdPartyId party = new ThirdPartyId((java.util.UUID) p.get("id"));
            boolean created = tasks.openForRule(new RuleTask(
                            ws,
                            FollowUpRule.CHECK_IN,
                            "probe:" + party,
                            TaskType.TODO,
                            TaskTarget.of(party),
                            new UserId((java.util.UUID) p.get("owner_id")),
                            today,
                            "Probe",
                            null))
                    .isPresent();
            planned += created ? 1 : 0;
        }
        return planned;
    }

    /** The probe's open tasks in the workspace, by third party (more than one for a party would be a duplicate). */
    public Map<java.util.UUID, Integer> openTasks(WorkspaceId ws) {
        Map<java.util.UUID, Integer> counts = new java.util.HashMap<>();
        jdbc.sql("""
                        SELECT third_party_id, COUNT(*) AS n FROM followup_tasks
                        WHERE workspace_id = ? AND rule_key LIKE 'probe:%' AND status = 'OPEN'
                        GROUP BY third_party_id""").param(ws.value()).query(rs -> {
            counts.put(Db.uuid(rs, "third_party_id"), rs.getInt("n"));
        });
        return counts;
    }
}

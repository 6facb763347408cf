package io.relance.followup.negotiation;

import io.relance.shared.FieldProblem;
import io.relance.shared.InvalidInputException;
import io.relance.shared.StaleVersionException;
import io.relance.shared.WorkspaceId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The numbers of each workspace ({@code followup_negotiation_settings}); the defaults until an admin saves. The row
 * also keeps the version of the workspace's list of lost reasons.
 */
@Repository
public class NegotiationSettingsStore {

    private final JdbcClient jdbc;

    NegotiationSettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public NegotiationSettings of(WorkspaceId ws) {
        return jdbc.sql("""
                        SELECT time_limit_days, warning_days, call_again_months, check_in_months, version
                        FROM followup_negotiation_settings WHERE workspace_id = ?""")
                .param(ws.value())
                .query((rs, n) -> new NegotiationSettings(
                        rs.getInt("time_limit_days"),
                        rs.getInt("warning_days"),
                        rs.getInt("call_again_months"),
                        rs.getInt("check_in_months"),
                        rs.getLong("version")))
                .optional()
                .orElse(NegotiationSettings.DEFAULTS);
    }

    /** Saves the numbers read at {@code version} (the defaults are version 0); another's change since is a 409. */
    public NegotiationSettings save(WorkspaceId ws, NegotiationSettings s) {
        validate(s);
        ensureRow(ws);
        int updated = jdbc.sql("""
                        UPDATE followup_negotiation_settings SET time_limit_days = ?, warning_days = ?,
                            call_again_months = ?, check_in_months = ?, version = version + 1
                        WHERE workspace_id = ? AND version = ?""")
                .params(
                        s.timeLimitDays(),
                        s.warningDays(),
                        s.callAgainMonths(),
                        s.checkInMonths(),
                        ws.value(),
                        s.version())
                .update();
        if (updated == 0) {
            throw new StaleVersionException();
        }
        return of(ws);
    }

    /** The version of the workspace's list of lost reasons (0 until first saved). */
    public long reasonsVersion(WorkspaceId ws) {
        return jdbc.sql("SELECT reasons_version FROM followup_negotiation_settings WHERE workspace_id = ?")
                .param(ws.value())
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    /**
     * Moves the list of lost reasons from {@code version} to the next one (taking the row's lock until the
     * transaction ends); a {@link StaleVersionException} when another change came first.
     */
    public void bumpReasonsVersion(WorkspaceId ws, long version) {
        ensureRow(ws);
        int updated = jdbc.sql("""
                        UPDATE followup_negotiation_settings SET reasons_version = reasons_version + 1
                        WHERE workspace_id = ? AND reasons_version = ?""").params(ws.value(), version).update();
        if (updated == 0) {
            throw new StaleVersionException();
        }
    }

    private void ensureRow(WorkspaceId ws) {
        NegotiationSettings d = NegotiationSettings.DEFAULTS;
        jdbc.sql("""
                        INSERT INTO followup_negotiation_settings (workspace_id, time_limit_days, warning_days,
                            call_again_months, check_in_months, version, reasons_version)
                        VALUES (?, ?, ?, ?, ?, 0, 0) ON CONFLICT DO NOTHING""")
                .params(ws.value(), d.timeLimitDays(), d.warningDays(), d.callAgainMonths(), d.checkInMonths())
                .update();
    }

    static void validate(NegotiationSettings s) {
        List<FieldProblem> problems = new ArrayList<>();
        if (s.timeLimitDays() < NegotiationSettings.MIN_LIMIT_DAYS
                || s.timeLimitDays() > NegotiationSettings.MAX_LIMIT_DAYS) {
            problems.add(new FieldProblem(
                    "timeLimitDays",
                    "followup.negotiation.settings.range",
                    NegotiationSettings.MIN_LIMIT_DAYS,
                    NegotiationSettings.MAX_LIMIT_DAYS));
        }
        if (s.warningDays() < 1 || s.warningDays() >= Math.max(s.timeLimitDays(), 2)) {
            problems.add(new FieldProblem("warningDays", "followup.negotiation.settings.warningRange"));
        }
        months(problems, "callAgainMonths", s.callAgainMonths());
        months(problems, "checkInMonths", s.checkInMonths());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void months(List<FieldProblem> problems, String field, int months) {
        if (months < 1 || months > NegotiationSettings.MAX_MONTHS) {
            problems.add(
                    new FieldProblem(field, "followup.negotiation.settings.range", 1, NegotiationSettings.MAX_MONTHS));
        }
    }
}

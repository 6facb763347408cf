package io.relance.tracking.advice;

import io.relance.shared.FieldProblem;
import io.relance.shared.InvalidInputException;
import io.relance.shared.StaleVersionException;
import io.relance.shared.WorkspaceId;
import io.relance.tracking.AdviceSettings;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The advice numbers of each workspace ({@code tracking_advice_settings}); the defaults until an admin saves. */
@Repository
public class AdviceSettingsStore {

    private final JdbcClient jdbc;

    AdviceSettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public AdviceSettings of(WorkspaceId ws) {
        return jdbc.sql("SELECT * FROM tracking_advice_settings WHERE workspace_id = ?")
                .param(ws.value())
                .query((rs, n) -> new AdviceSettings(
                        rs.getInt("not_opened_days"),
                        rs.getInt("silence_days"),
                        rs.getInt("hot_open_days"),
                        rs.getInt("hot_window_days"),
                        rs.getInt("dormant_days"),
                        rs.getInt("expires_soon_days"),
                        rs.getLong("version")))
                .optional()
                .orElse(AdviceSettings.DEFAULTS);
    }

    /** Saves the numbers read at {@code version} (the defaults are version 0); another's change since is a 409. */
    public AdviceSettings save(WorkspaceId ws, AdviceSettings s) {
        validate(s);
        int updated = jdbc.sql("""
                        UPDATE tracking_advice_settings SET not_opened_days = ?, silence_days = ?, hot_open_days = ?,
                            hot_window_days = ?, dormant_days = ?, expires_soon_days = ?, version = version + 1
                        WHERE workspace_id = ? AND version = ?""")
                .params(
                        s.notOpenedDays(),
                        s.silenceDays(),
                        s.hotOpenDays(),
                        s.hotWindowDays(),
                        s.dormantDays(),
                        s.expiresSoonDays(),
                        ws.value(),
                        s.version())
                .update();
        if (updated == 0) {
            if (s.version() != 0) {
                throw new StaleVersionException();
            }
            int inserted = jdbc.sql("""
                            INSERT INTO tracking_advice_settings (workspace_id, not_opened_days, silence_days,
                                hot_open_days, hot_window_days, dormant_days, expires_soon_days, version)
                            VALUES (?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT DO NOTHING""")
                    .params(
                            ws.value(),
                            s.notOpenedDays(),
                            s.silenceDays(),
                            s.hotOpenDays(),
                            s.hotWindowDays(),
                            s.dormantDays(),
                            s.expiresSoonDays())
                    .update();
            if (inserted == 0) {
                throw new StaleVersionException();
            }
        }
        return of(ws);
    }

    static void validate(AdviceSettings s) {
        List<FieldProblem> problems = new ArrayList<>();
        check(problems, "notOpenedDays", s.notOpenedDays());
        check(problems, "silenceDays", s.silenceDays());
        check(problems, "hotOpenDays", s.hotOpenDays());
        check(problems, "hotWindowDays", s.hotWindowDays());
        check(problems, "dormantDays", s.dormantDays());
        check(problems, "expiresSoonDays", s.expiresSoonDays());
        if (problems.isEmpty() && s.hotOpenDays() > s.hotWindowDays()) {
            problems.add(new FieldProblem("hotOpenDays", "tracking.settings.hotOpenDaysWithinWindow"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void check(List<FieldProblem> problems, String field, int days) {
        if (days < 1 || days > 365) {
            problems.add(new FieldProblem(field, "tracking.settings.daysRange", 1, 365));
        }
    }
}

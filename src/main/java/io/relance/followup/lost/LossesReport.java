package io.relance.followup.lost;

import io.relance.followup.WorkingCalendar;
import io.relance.shared.FieldProblem;
import io.relance.shared.ForbiddenException;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The losses of a period (managers): how many, by reason and by competitor, most first. The period is days of the
 * workspace's time zone, both included.
 */
@Service
public class LossesReport {

    /** A reason's count, with its label in the reader's language. */
    public record ReasonCount(String reason, String label, long count) {}

    public record CompetitorCount(String competitor, long count) {}

    public record Report(
            LocalDate from, LocalDate to, long total, List<ReasonCount> byReason, List<CompetitorCount> byCompetitor) {}

    /** The longest period a report covers (ten years). */
    static final int MAX_DAYS = 3660;

    private final Losses losses;
    private final LostReasonManagement reasons;
    private final WorkingCalendar calendar;

    LossesReport(Losses losses, LostReasonManagement reasons, WorkingCalendar calendar) {
        this.losses = losses;
        this.reasons = reasons;
        this.calendar = calendar;
    }

    /** The default period: the last twelve months up to today. */
    public LocalDate[] defaultPeriod(RelanceUser me) {
        LocalDate today = calendar.today(me.workspaceId());
        return new LocalDate[] {today.minusYears(1).plusDays(1), today};
    }

    @Transactional(readOnly = true)
    public Report report(RelanceUser me, LocalDate from, LocalDate to, Locale locale) {
        if (!me.seesAll()) {
            throw new ForbiddenException();
        }
        if (from.isAfter(to)) {
            throw new InvalidInputException(List.of(new FieldProblem("to", "followup.lost.report.toBeforeFrom")));
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new InvalidInputException(List.of(new FieldProblem("from", "followup.lost.report.tooLong")));
        }
        ZoneId zone = calendar.zone(me.workspaceId());
        var start = from.atStartOfDay(zone).toInstant();
        var end = to.plusDays(1).atStartOfDay(zone).toInstant();
        var all = reasons.all(me.workspaceId());
        List<ReasonCount> byReason = losses.countByReason(me.workspaceId(), start, end).entrySet().stream()
                .map(e -> new ReasonCount(
                        e.getKey(),
                        all.stream()
                                .filter(r -> r.key().equals(e.getKey()))
                                .findFirst()
                                .map(r -> reasons.label(r.key(), r.label(), locale))
                                .orElseGet(() -> reasons.label(e.getKey(), null, locale)),
                        e.getValue()))
                .toList();
        List<CompetitorCount> byCompetitor = losses.countByCompetitor(me.workspaceId(), start, end).entrySet().stream()
                .map(e -> new CompetitorCount(e.getKey(), e.getValue()))
                .toList();
        long total = byReason.stream().mapToLong(ReasonCount::count).sum();
        return new Report(from, to, total, byReason, byCompetitor);
    }
}

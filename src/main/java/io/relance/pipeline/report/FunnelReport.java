package io.relance.pipeline.report;

import io.relance.pipeline.PhaseKind;
import io.relance.pipeline.phase.Phase;
import io.relance.pipeline.phase.Pipeline;
import io.relance.pipeline.phase.PipelineManagement;
import io.relance.shared.FieldProblem;
import io.relance.shared.RelanceUser;
import io.relance.shared.TypedValues;
import io.relance.shared.UserId;
import io.relance.workspace.WorkspaceManagement;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The funnel report ({@link Funnel}): read from the stays in two statements of one workspace. A sales rep reports
 * on his own deals only (whatever {@code owner} says); managers and admins on anyone's, or everyone's. The period is
 * at most {@value #LONGEST_DAYS} days; by default the last 90 days up to today.
 */
@Service
public class FunnelReport {

    static final int LONGEST_DAYS = 3 * 366;
    static final int DEFAULT_DAYS = 90;

    private final PhaseStays stays;
    private final PipelineManagement pipelines;
    private final WorkspaceManagement workspaces;
    private final Clock clock;

    FunnelReport(PhaseStays stays, PipelineManagement pipelines, WorkspaceManagement workspaces, Clock clock) {
        this.stays = stays;
        this.pipelines = pipelines;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    /** What was asked, as typed (a query or a form): each bad field a field problem, all in one answer. */
    public record Request(String pipeline, String from, String to, String owner) {}

    /** Not read-only: a workspace's first read of its pipelines writes the default ones. */
    @Transactional
    public Funnel funnel(RelanceUser me, Request request, Locale locale) {
        ZoneId zone = workspaces.workspace(me.workspaceId()).zone();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        TypedValues typed = new TypedValues();
        LocalDate from = typed.day("from", request.from(), "validation.date");
        LocalDate to = typed.day("to", request.to(), "validation.date");
        UUID owner =
                "me".equals(request.owner() == null ? null : request.owner().strip())
                        ? me.userId().value()
                        : typed.id("owner", request.owner(), "validation.type");
        if (request.pipeline() == null || request.pipeline().isBlank()) {
            typed.add(new FieldProblem("pipeline", "validation.required"));
        }
        typed.check();
        to = to != null ? to : today;
        from = from != null ? from : to.minusDays(DEFAULT_DAYS - 1L);
        if (from.isAfter(to)) {
            typed.add(new FieldProblem("from", "pipeline.report.from-after-to"));
        } else if (from.plusDays(LONGEST_DAYS).isBefore(to)) {
            typed.add(new FieldProblem("to", "pipeline.report.too-long"));
        }
        typed.check();
        if (!me.seesAll()) {
            owner = me.userId().value();
        }
        Pipeline pipeline = pipelines.get(me.workspaceId(), request.pipeline().strip());
        UserId ownerId = owner == null ? null : new UserId(owner);
        var start = from.atStartOfDay(zone).toInstant();
        var end = to.plusDays(1).atStartOfDay(zone).toInstant();
        Map<String, PhaseStays.PhaseRow> rows = stays.phases(me.workspaceId(), pipeline.key(), start, end, ownerId);
        List<Funnel.Step> steps = new ArrayList<>();
        long won = 0;
        long lost = 0;
        for (Phase phase : pipeline.phases()) {
            PhaseStays.PhaseRow row = rows.get(phase.key());
            if (row == null && phase.retired()) {
                continue; // a retired phase shows only while it has deals in the period
            }
            long entries = row == null ? 0 : row.entries();
            long advanced = row == null ? 0 : row.advanced();
            if (phase.kind() == PhaseKind.WON) {
                won += entries;
            } else if (phase.kind() == PhaseKind.LOST) {
                lost += entries;
            }
            steps.add(new Funnel.Step(
                    phase.key(),
                    phase.label(locale),
                    phase.kind().name(),
                    phase.position(),
                    entries,
                    advanced,
                    phase.kind() == PhaseKind.OPEN && entries > 0 ? (int) Math.round(100.0 * advanced / entries) : null,
                    row == null ? 0 : row.still(),
                    row == null || row.medianSeconds() == null ? null : days(row.medianSeconds())));
        }
        List<Funnel.Reason> reasons = stays.lossReasons(me.workspaceId(), pipeline.key(), start, end, ownerId).stream()
                .map(r -> new Funnel.Reason(r.reason(), r.deals()))
                .toList();
        return new Funnel(pipeline.key(), pipeline.name(), from, to, owner, steps, won, lost, reasons);
    }

    private static double days(double seconds) {
        return BigDecimal.valueOf(seconds / 86_400d)
                .setScale(1, RoundingMode.HALF_UP)
                .doubleValue();
    }
}

package io.relance.followup.daily;

import io.relance.shared.WorkspaceId;
import io.relance.workspace.WorkspaceManagement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The daily run: for each workspace whose day has come (its time zone, the application clock), every
 * {@link DailyWork} part of that day, each claimed once per workspace and day ({@link DailyRuns}) so two nodes never
 * run it together, marked done when it finished, and tried again after a failure with a growing pause (5 minutes,
 * then 10, 20… up to 6 hours) instead of every round. A node that died holding a claim loses it after
 * {@link #LEASE}; its part runs again, which is safe because every part is idempotent (its items are keyed).
 */
@Service
public class DailyRun {

    private static final Logger log = LoggerFactory.getLogger(DailyRun.class);

    /** How long a claim holds before another node may take the part over (its node is taken for dead). */
    static final Duration LEASE = Duration.ofMinutes(30);

    static final Duration FIRST_RETRY = Duration.ofMinutes(5);
    static final Duration LAST_RETRY = Duration.ofHours(6);

    /** What became of one part. */
    public enum Outcome {
        /** Ran and finished. */
        DONE,
        /** Threw: tried again after its pause. */
        FAILED,
        /** Not run now: done already, running on another node, waiting for its retry, or its hour not come. */
        SKIPPED
    }

    /** One part's run: its name, what became of it, the items it handled. */
    public record PartRun(String part, Outcome outcome, int items) {}

    /** The parts run for a workspace's day. */
    public record Report(WorkspaceId workspace, LocalDate date, List<PartRun> parts) {

        public int items() {
            return parts.stream().mapToInt(PartRun::items).sum();
        }
    }

    private final List<DailyWork> parts;
    private final DailyRuns runs;
    private final WorkspaceManagement workspaces;
    private final Clock clock;

    DailyRun(List<DailyWork> parts, DailyRuns runs, WorkspaceManagement workspaces, Clock clock) {
        Set<String> names = new HashSet<>();
        for (DailyWork part : parts) {
            if (part.name() == null || part.name().isBlank() || part.name().length() > 60 || !names.add(part.name())) {
                throw new IllegalStateException("Each daily part needs a name of its own, of at most 60 characters: "
                        + part.getClass().getName() + " is named '" + part.name() + "'");
            }
        }
        this.parts =
                parts.stream().sorted(Comparator.comparing(DailyWork::name)).toList();
        this.runs = runs;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    /** The parts' names, in the order they run. */
    public List<String> parts() {
        return parts.stream().map(DailyWork::name).toList();
    }

    /** One round of the job: the parts due now in every workspace. Answers the items handled. */
    public int runDue() {
        Instant now = clock.instant();
        // the earliest time zones are a day ahead of UTC, the latest a day behind
        Set<DailyRuns.Key> settled =
                runs.settledSince(now.atZone(ZoneOffset.UTC).toLocalDate().minusDays(1), now);
        int items = 0;
        for (Map.Entry<WorkspaceId, ZoneId> ws : workspaces.timeZones().entrySet()) {
            items += runDue(ws.getKey(), ws.getValue(), now, settled).items();
        }
        return items;
    }

    /** The parts due now in one workspace (what a round of the job does for it). */
    public Report runDue(WorkspaceId ws) {
        Instant now = clock.instant();
        ZoneId zone = workspaces.workspace(ws).zone();
        return runDue(ws, zone, now, runs.settled(ws, now.atZone(zone).toLocalDate(), now));
    }

    private Report runDue(WorkspaceId ws, ZoneId zone, Instant now, Set<DailyRuns.Key> settled) {
        LocalDate today = now.atZone(zone).toLocalDate();
        List<PartRun> done = new ArrayList<>();
        for (DailyWork part : parts) {
            DailyRuns.Key key = new DailyRuns.Key(ws, today, part.name());
            if (settled.contains(key)
                    || now.isBefore(
                            today.atTime(part.notBefore(ws)).atZone(zone).toInstant())
                    || !runs.claim(key, now, now.plus(LEASE))) {
                continue;
            }
            done.add(run(part, key));
        }
        return new Report(ws, today, done);
    }

    /**
     * Every part for the workspace's today, now, whatever its hour and whether it ran already (the test endpoint):
     * the parts are idempotent, so what was done is not done again. Each part is recorded as the job would.
     */
    public Report runNow(WorkspaceId ws) {
        Instant now = clock.instant();
        LocalDate today = now.atZone(workspaces.workspace(ws).zone()).toLocalDate();
        List<PartRun> done = new ArrayList<>();
        for (DailyWork part : parts) {
            DailyRuns.Key key = new DailyRuns.Key(ws, today, part.name());
            runs.claim(key, now, now.plus(LEASE)); // makes the row when there is none; run it anyway
            done.add(run(part, key));
        }
        return new Report(ws, today, done);
    }

    private PartRun run(DailyWork part, DailyRuns.Key key) {
        try {
            int items = part.run(key.workspace(), key.date());
            runs.done(key, items, clock.instant());
            if (items > 0) {
                log.info(
                        "Daily part {} of workspace {} for {}: {} items",
                        part.name(),
                        key.workspace().value(),
                        key.date(),
                        items);
            }
            return new PartRun(part.name(), Outcome.DONE, items);
        } catch (RuntimeException e) {
            Instant retry = clock.instant().plus(pause(runs.attempts(key)));
            log.warn(
                    "Daily part {} of workspace {} for {} failed; tried again from {}",
                    part.name(),
                    key.workspace().value(),
                    key.date(),
                    retry,
                    e);
            runs.failed(key, retry, e.getClass().getSimpleName() + ": " + e.getMessage());
            return new PartRun(part.name(), Outcome.FAILED, 0);
        }
    }

    /** The pause after the {@code attempts}-th failed attempt: 5 minutes, doubled each time, at most 6 hours. */
    static Duration pause(int attempts) {
        Duration pause = FIRST_RETRY;
        for (int i = 1; i < attempts && pause.compareTo(LAST_RETRY) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : pause;
    }
}

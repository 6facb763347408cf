package io.relance.followup;

import io.relance.followup.calendar.CalendarStore;
import io.relance.shared.WorkspaceId;
import io.relance.workspace.WorkspaceManagement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The working days of a workspace and its today, in its time zone: the due dates of the tasks rules plan fall on
 * working days.
 */
@Service
public class WorkingCalendar {

    private final CalendarStore store;
    private final WorkspaceManagement workspaces;
    private final Clock clock;

    WorkingCalendar(CalendarStore store, WorkspaceManagement workspaces, Clock clock) {
        this.store = store;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public WorkingDays of(WorkspaceId ws) {
        return store.read(ws);
    }

    /** The workspace's time zone. */
    public ZoneId zone(WorkspaceId ws) {
        return workspaces.workspace(ws).zone();
    }

    /** Today in the workspace's time zone, by the application clock. */
    public LocalDate today(WorkspaceId ws) {
        return LocalDate.now(clock.withZone(zone(ws)));
    }

    /** The working day {@code days} days after today (today's date moved to a working day when 0). */
    @Transactional(readOnly = true)
    public LocalDate dueIn(WorkspaceId ws, int days) {
        return of(ws).dueAfter(today(ws), days);
    }
}

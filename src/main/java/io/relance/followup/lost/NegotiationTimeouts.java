package io.relance.followup.lost;

import io.relance.followup.daily.DailyWork;
import io.relance.followup.negotiation.NegotiationSettings;
import io.relance.followup.negotiation.NegotiationSettingsStore;
import io.relance.followup.negotiation.Negotiations;
import io.relance.shared.StaleVersionException;
import io.relance.shared.WorkspaceId;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The daily run's time-out: an open negotiation past its limit (the day after started_on + the time limit) is closed
 * as lost with reason {@code TIMED_OUT} ({@link Losing#timeOut}: the timeline, status {@code CONTACTED}, a "call
 * again" task after the pause). Nothing is deleted. Each negotiation ends in its own transaction, which closes it
 * only while it is still open: a second run, another node or a run after a crash closes none twice.
 */
@Component
public class NegotiationTimeouts implements DailyWork {

    private static final Logger log = LoggerFactory.getLogger(NegotiationTimeouts.class);

    static final int BATCH = 200;

    private final Negotiations negotiations;
    private final NegotiationSettingsStore settings;
    private final Losing losing;

    NegotiationTimeouts(Negotiations negotiations, NegotiationSettingsStore settings, Losing losing) {
        this.negotiations = negotiations;
        this.settings = settings;
        this.losing = losing;
    }

    @Override
    public String name() {
        return "negotiation-timeouts";
    }

    @Override
    public int run(WorkspaceId ws, LocalDate today) {
        NegotiationSettings s = settings.of(ws);
        LocalDate startedBefore = today.minusDays(s.timeLimitDays());
        Set<Object> tried = new HashSet<>();
        int closed = 0;
        while (true) {
            List<Negotiations.Due> found = negotiations.pastLimit(ws, startedBefore, BATCH);
            List<Negotiations.Due> fresh =
                    found.stream().filter(n -> tried.add(n.id())).toList();
            for (Negotiations.Due n : fresh) {
                try {
                    closed += losing.timeOut(ws, n.thirdParty(), n.id()).isPresent() ? 1 : 0;
                } catch (StaleVersionException e) {
                    // ended by someone or another node meanwhile
                } catch (RuntimeException e) {
                    // left open: the next run tries it again
                    log.warn("Could not time out negotiation {} of workspace {}: {}", n.id(), ws, e.toString());
                }
            }
            if (found.size() < BATCH || fresh.isEmpty()) {
                return closed;
            }
        }
    }
}

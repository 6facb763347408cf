package io.relance.quote.expiry;

import io.relance.quote.QuoteId;
import io.relance.quote.core.QuoteTransitions;
import io.relance.quote.core.Quotes;
import io.relance.shared.WorkspaceId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Expires SENT quotes whose validity date is over in their workspace's time zone (a quote is valid through its
 * date), each in its own transaction with {@code QuoteExpired}. Work is found with one read across workspaces, then
 * done workspace by workspace: every write names its workspace (a router query on Citus), and the job itself runs
 * on one node at a time (db-scheduler).
 */
@Component
public class QuoteExpiry {

    private static final Logger log = LoggerFactory.getLogger(QuoteExpiry.class);
    private static final int BATCH = 200;

    private final Quotes quotes;
    private final QuoteTransitions transitions;
    private final Clock clock;

    QuoteExpiry(Quotes quotes, QuoteTransitions transitions, Clock clock) {
        this.quotes = quotes;
        this.transitions = transitions;
        this.clock = clock;
    }

    /** Answers how many quotes expired. */
    public int run() {
        // the earliest time zones are a day ahead of UTC: candidates up to tomorrow, each workspace then decides
        LocalDate latest = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1);
        int expired = 0;
        for (WorkspaceId ws : quotes.workspacesWithSentBefore(latest)) {
            expired += expire(ws);
        }
        if (expired > 0) {
            log.info("Expired {} quotes past their validity", expired);
        }
        return expired;
    }

    private int expire(WorkspaceId ws) {
        LocalDate today = transitions.today(ws);
        int expired = 0;
        List<QuoteId> due;
        do {
            due = quotes.sentBefore(ws, today, BATCH);
            int before = expired;
            for (QuoteId id : due) {
                if (transitions.expireIfDue(ws, id, today)) {
                    expired++;
                }
            }
            if (expired == before) {
                break;
            }
        } while (due.size() == BATCH);
        return expired;
    }
}

package io.relance.followup.feed.web;

import io.relance.followup.feed.CalendarFeed;
import io.relance.followup.feed.CalendarFeedManagement;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.ProfileSection;
import io.relance.shared.web.RecordPanel.Contribution;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The "Calendar feed" card of the user's Profile page ({@code followup/calendar-feeds :: card}): his live feeds, a
 * button to make one (its address shown once, after the redirect), a revoke button on each.
 */
@Component
record CalendarFeedCard(CalendarFeedManagement feeds) implements ProfileSection {

    static final String TEMPLATE = "followup/calendar-feeds";

    /** What the fragment reads as {@code panel.model()}. */
    record Model(List<CalendarFeed> feeds, int max) {

        /** No more feeds may be made until one is revoked. */
        public boolean full() {
            return feeds.size() >= max;
        }
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Contribution> contribute(RelanceUser me) {
        List<CalendarFeed> live = feeds.feeds(me);
        return Optional.of(new Contribution(TEMPLATE, "card", new Model(live, CalendarFeedManagement.MAX_LIVE)));
    }
}

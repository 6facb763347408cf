package io.relance.followup.feed;

/** A user who already has {@value CalendarFeedManagement#MAX_LIVE} live feeds asked for one more. */
public class TooManyCalendarFeeds extends RuntimeException {

    public TooManyCalendarFeeds() {
        super("At most " + CalendarFeedManagement.MAX_LIVE + " live calendar feeds per user");
    }
}

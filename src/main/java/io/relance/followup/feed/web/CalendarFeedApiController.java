package io.relance.followup.feed.web;

import io.relance.followup.feed.CalendarFeed;
import io.relance.followup.feed.CalendarFeedId;
import io.relance.followup.feed.CalendarFeedManagement;
import io.relance.followup.feed.CreatedCalendarFeed;
import io.relance.followup.feed.TooManyCalendarFeeds;
import io.relance.shared.Ids;
import io.relance.shared.ListPage;
import io.relance.shared.Problems;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.PageTexts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/calendar-feeds}: the signed-in user's personal iCalendar feeds — list, make (the address answered
 * once), revoke. Another user's feed, or another workspace's, is not found.
 */
@RestController
@RequestMapping("/api/v1/calendar-feeds")
@Tag(name = "Tasks")
record CalendarFeedApiController(CalendarFeedManagement feeds, PageTexts texts) {

    /** A feed; {@code token} and {@code url} only in the answer that made it. */
    record FeedJson(UUID id, Instant createdAt, Instant lastUsedAt, String token, String url) {

        static FeedJson of(CalendarFeed feed) {
            return new FeedJson(feed.id().value(), feed.createdAt(), feed.lastUsedAt(), null, null);
        }

        static FeedJson of(CreatedCalendarFeed created) {
            CalendarFeed feed = created.feed();
            return new FeedJson(feed.id().value(), feed.createdAt(), feed.lastUsedAt(), created.token(), created.url());
        }
    }

    @GetMapping
    @Operation(
            summary = "The signed-in user's live calendar feeds, oldest first: id, createdAt, lastUsedAt (null until"
                    + " a calendar read it; written at most once an hour). Never their token or address")
    ListPage<FeedJson> list(@AuthenticationPrincipal RelanceUser me) {
        return new ListPage<>(feeds.feeds(me).stream().map(FeedJson::of).toList(), null);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Make a calendar feed (no body): answers its id, createdAt, token and url — the secret address"
                    + " (GET, no sign-in: text/calendar, the user's open tasks due from 30 days ago to 365 days"
                    + " ahead), this once; only a hash of the token is kept. At most 10 live feeds (409 beyond)")
    FeedJson create(@AuthenticationPrincipal RelanceUser me) {
        return FeedJson.of(feeds.create(me));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke one of the signed-in user's feeds: its address answers 404 from now on (204)")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal RelanceUser me, @PathVariable String id) {
        feeds.revoke(me, new CalendarFeedId(Ids.parse(id)));
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(TooManyCalendarFeeds.class)
    ResponseEntity<ProblemDetail> tooMany() {
        return Problems.answer(Problems.problem(
                HttpStatus.CONFLICT,
                "Conflict",
                texts.text("followup.ical.problem.tooMany", CalendarFeedManagement.MAX_LIVE)));
    }
}

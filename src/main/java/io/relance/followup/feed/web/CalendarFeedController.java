package io.relance.followup.feed.web;

import io.relance.followup.feed.TaskFeed;
import io.relance.shared.NotFoundException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public address of a feed, {@code GET /calendar/<token>.ics}: what a calendar app subscribes to. No session and
 * no CSRF token (see {@link CalendarFeedSecurity}); the token is the secret. A token unknown, revoked or malformed is
 * one and the same 404, whether it ever existed or not.
 */
@RestController
record CalendarFeedController(TaskFeed feed) {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    @GetMapping(value = "/calendar/{token}.ics")
    ResponseEntity<String> read(@PathVariable String token) {
        String calendar = feed.read(token).orElseThrow(NotFoundException::new);
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .cacheControl(CacheControl.noStore().cachePrivate())
                .header("Content-Disposition", "inline; filename=\"relance-tasks.ics\"")
                .body(calendar);
    }
}

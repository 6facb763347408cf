package io.relance.followup.feed.web;

import io.relance.followup.feed.CalendarFeedId;
import io.relance.followup.feed.CalendarFeedManagement;
import io.relance.followup.feed.CreatedCalendarFeed;
import io.relance.followup.feed.TooManyCalendarFeeds;
import io.relance.shared.Ids;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.Flash;
import io.relance.shared.web.PageTexts;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The card's forms on the Profile page: make a feed (back to the page, which shows its address this once), revoke one.
 */
@Controller
@RequestMapping("/profile/calendar-feeds")
record CalendarFeedPageController(CalendarFeedManagement feeds, PageTexts texts) {

    /** The flash attribute that carries a new feed's address to the page, once. */
    static final String CREATED_URL = "createdCalendarFeedUrl";

    static final String PAGE = "redirect:/profile#calendar-feeds";

    @PostMapping
    String create(@AuthenticationPrincipal RelanceUser me, RedirectAttributes redirect) {
        try {
            CreatedCalendarFeed created = feeds.create(me);
            redirect.addFlashAttribute(CREATED_URL, created.url());
        } catch (TooManyCalendarFeeds e) {
            Flash.error(texts.text("followup.ical.problem.tooMany", CalendarFeedManagement.MAX_LIVE))
                    .addTo(redirect);
        }
        return PAGE;
    }

    @PostMapping("/{id}/revoke")
    String revoke(@AuthenticationPrincipal RelanceUser me, @PathVariable String id, RedirectAttributes redirect) {
        feeds.revoke(me, new CalendarFeedId(Ids.parse(id)));
        Flash.success("followup.ical.revoked").addTo(redirect);
        return PAGE;
    }
}

package io.relance.followup.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.followup.TaskTest;
import io.relance.party.ThirdPartyId;
import io.relance.shared.RelanceUser;
import io.relance.shared.Role;
import io.relance.workspace.UserChanges;
import io.relance.workspace.WorkspaceFixture.Team;
import io.relance.workspace.WorkspaceManagement;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The personal iCalendar feed: made through {@code /api/v1/calendar-feeds}, read without a session at its secret
 * address, parsed back with ical4j; revoked, it answers 404 like a token that never was; nobody else lists or revokes
 * it.
 */
class CalendarFeedIntegrationTests extends TaskTest {

    @Autowired
    WorkspaceManagement workspaceManagement;

    /** A feed made through the API as {@code who}: its JSON (id, createdAt, token, url). */
    private Map<String, Object> newFeed(RelanceUser who) throws Exception {
        return JsonPath.read(
                body(mvc.perform(post("/api/v1/calendar-feeds").with(user(who)))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.id").isString())
                        .andExpect(jsonPath("$.createdAt").value(startsWith("2027-03-10T09:0")))
                        .andExpect(jsonPath("$.lastUsedAt").doesNotExist())),
                "$");
    }

    /** The feed at its address, as a calendar app asks for it: no session, no cookie, no CSRF token. */
    private ResultActions fetch(String url) throws Exception {
        return mvc.perform(get(URI.create(url).getPath()).header("Accept", "text/calendar"));
    }

    private Calendar calendar(String url) throws Exception {
        String ics = body(fetch(url)
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
                .andExpect(header().doesNotExist("Set-Cookie")));
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("\r\nEND:VCALENDAR");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        // valid RFC 5545 as ical4j reads it (no METHOD: iTIP's rules do not apply to a subscribed calendar)
        assertThat(calendar.validate().hasErrors())
                .as(calendar.validate().toString())
                .isFalse();
        return calendar;
    }

    private static String value(Component component, String property) {
        return component.getProperty(property).map(Property::getValue).orElse(null);
    }

    /** The entries of a calendar by UID. */
    private static Map<String, Component> byUid(Calendar calendar) {
        List<CalendarComponent> entries = calendar.getComponents();
        return entries.stream().collect(Collectors.toMap(c -> value(c, "UID"), Function.identity()));
    }

    private List<String> feedIds(RelanceUser who) throws Exception {
        return JsonPath.read(
                body(mvc.perform(get("/api/v1/calendar-feeds").with(user(who))).andExpect(status().isOk())),
                "$.items[*].id");
    }

    @Test
    void theFeedServesTheUsersOpenTasksAsTodosAndEventsWithoutASession() throws Exception {
        Team team = workspaces.team();
        ThirdPartyId lambert = party(team.alice(), "Famille Lambert");
        ThirdPartyId durand = party(team.bob(), "Durand SARL");
        String today = call(team.alice(), lambert, TODAY);
        String overdue = overdueCall(team.alice(), lambert, 5);
        String visit = plan(
                team.alice(),
                lambert,
                "\"type\": \"visit\", \"dueDate\": \"2027-03-12\", \"dueTime\": \"14:30\", \"notes\": \"Bring samples\"");
        String tooFar = call(team.alice(), lambert, TODAY.plusDays(400));
        String done = call(team.alice(), lambert, TODAY.plusDays(1));
        send(team.alice(), post("/api/v1/tasks/" + done + "/complete"), "{\"outcome\": \"Reached\"}")
                .andExpect(status().isOk());
        String bobs = call(team.bob(), durand, TODAY);

        Map<String, Object> feed = newFeed(team.alice());
        String token = (String) feed.get("token");
        String url = (String) feed.get("url");
        assertThat(url).isEqualTo("http://localhost/calendar/" + token + ".ics");
        assertThat(token).hasSize(64).matches("[A-Za-z0-9_-]+");
        // listed without its token or address
        mvc.perform(get("/api/v1/calendar-feeds").with(user(team.alice())))
                .andExpect(jsonPath("$.items[0].id").value(feed.get("id")))
                .andExpect(jsonPath("$.items[0].token").doesNotExist())
                .andExpect(jsonPath("$.items[0].url").doesNotExist());

        Calendar calendar = calendar(url);
        assertThat(value(calendar, "VERSION")).isEqualTo("2.0");
        assertThat(calendar.getProperty("X-WR-CALNAME").map(Property::getValue)).hasValue("Relance – Alice");
        Map<String, Component> entries = byUid(calendar);
        assertThat(entries.keySet())
                .containsExactlyInAnyOrder(today + "@localhost", overdue + "@localhost", visit + "@localhost");
        assertThat(entries).doesNotContainKeys(tooFar + "@localhost", done + "@localhost", bobs + "@localhost");

        Component call = entries.get(today + "@localhost");
        assertThat(call.getName()).isEqualTo("VTODO");
        assertThat(call.getProperty("DUE").orElseThrow().toString().strip()).isEqualTo("DUE;VALUE=DATE:20270310");
        assertThat(value(call, "SUMMARY")).isEqualTo("Call – Famille Lambert");
        assertThat(value(call, "DESCRIPTION"))
                .contains("Famille Lambert (")
                .contains("04 72 00 00 01")
                .endsWith("http://localhost/thirdparties/" + lambert);
        assertThat(value(call, "URL")).isEqualTo("http://localhost/thirdparties/" + lambert);
        // the test clock's time, running on from Wednesday 10 March 2027, 09:00 UTC
        assertThat(value(call, "DTSTAMP")).startsWith("20270310T090");
        assertThat(value(call, "LAST-MODIFIED")).isEqualTo(value(call, "DTSTAMP"));
        assertThat(value(call, "STATUS")).isEqualTo("NEEDS-ACTION");
        assertThat(value(entries.get(overdue + "@localhost"), "DUE")).isEqualTo("20270305");

        // 14:30 in Paris on 12 March 2027 (UTC+1), an hour for a visit
        Component event = entries.get(visit + "@localhost");
        assertThat(event.getName()).isEqualTo("VEVENT");
        assertThat(value(event, "DTSTART")).isEqualTo("20270312T133000Z");
        assertThat(value(event, "DTEND")).isEqualTo("20270312T143000Z");
        assertThat(value(event, "SUMMARY")).isEqualTo("Visit – Famille Lambert");
        assertThat(value(event, "DESCRIPTION")).contains("Bring samples");

        // the same UIDs on the next read; the read is noted (at most once an hour)
        clock.setTo(NOW.plusSeconds(600));
        assertThat(byUid(calendar(url)).keySet()).isEqualTo(entries.keySet());
        mvc.perform(get("/api/v1/calendar-feeds").with(user(team.alice())))
                .andExpect(jsonPath("$.items[0].lastUsedAt").value(startsWith("2027-03-10T09:0")));
        clock.setTo(NOW.plusSeconds(2 * 3600));
        calendar(url);
        mvc.perform(get("/api/v1/calendar-feeds").with(user(team.alice())))
                .andExpect(jsonPath("$.items[0].lastUsedAt").value(startsWith("2027-03-10T11:0")));
    }

    @Test
    void theFeedIsInItsOwnersLanguage() throws Exception {
        Team team = workspaces.team();
        RelanceUser francoise = team.acme().member("Françoise", Role.SALES_REP, "fr");
        ThirdPartyId lambert = party(francoise, "Famille Lambert");
        String task = call(francoise, lambert, TODAY.plusDays(2));

        Component entry =
                byUid(calendar((String) newFeed(francoise).get("url"))).get(task + "@localhost");

        assertThat(value(entry, "SUMMARY")).isEqualTo("Appeler – Famille Lambert");
        assertThat(value(entry, "CATEGORIES")).isEqualTo("Appel");
    }

    @Test
    void aRevokedFeedAnswers404LikeATokenThatNeverWas() throws Exception {
        RelanceUser rep = workspaces.rep();
        party(rep, "Famille Lambert");
        Map<String, Object> feed = newFeed(rep);
        String url = (String) feed.get("url");
        calendar(url);

        mvc.perform(delete("/api/v1/calendar-feeds/" + feed.get("id")).with(user(rep)))
                .andExpect(status().isNoContent());

        fetch(url).andExpect(status().isNotFound());
        assertThat(feedIds(rep)).isEmpty();
        mvc.perform(delete("/api/v1/calendar-feeds/" + feed.get("id")).with(user(rep)))
                .andExpect(status().isNotFound());
        // a token of the right shape that was never made, one of another shape: the same 404
        String forged = FeedTokens.newToken(rep.workspaceId());
        fetch("http://localhost/calendar/" + forged + ".ics").andExpect(status().isNotFound());
        fetch("http://localhost/calendar/not-a-token.ics").andExpect(status().isNotFound());
        fetch("http://localhost/calendar/" + feed.get("token")).andExpect(status().isNotFound());

        // made again: a new address that works, the old one stays dead
        String again = (String) newFeed(rep).get("url");
        assertThat(again).isNotEqualTo(url);
        calendar(again);
        fetch(url).andExpect(status().isNotFound());
    }

    @Test
    void nobodyElseListsOrRevokesAFeedAnotherWorkspaceGets404() throws Exception {
        Team team = workspaces.team();
        Map<String, Object> feed = newFeed(team.alice());
        String id = (String) feed.get("id");
        RelanceUser otherAdmin = workspaces.create("Other").admin();

        mvc.perform(delete("/api/v1/calendar-feeds/" + id).with(user(otherAdmin)))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/calendar-feeds/" + id).with(user(team.bob())))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/calendar-feeds/" + id).with(user(team.acme().admin())))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/calendar-feeds/not-an-id").with(user(team.alice())))
                .andExpect(status().isNotFound());
        assertThat(feedIds(otherAdmin)).isEmpty();
        assertThat(feedIds(team.bob())).isEmpty();
        assertThat(feedIds(team.alice())).containsExactly(id);

        calendar((String) feed.get("url"));
        // without a sign-in the API answers 401, the feed's address needs none
        mvc.perform(get("/api/v1/calendar-feeds")).andExpect(status().isUnauthorized());
    }

    @Test
    void aDeactivatedUsersFeedAnswers404() throws Exception {
        Team team = workspaces.team();
        String url = (String) newFeed(team.alice()).get("url");
        calendar(url);

        long version = workspaceManagement
                .user(team.acme().admin(), team.alice().userId())
                .version();
        workspaceManagement.updateUser(
                team.acme().admin(), team.alice().userId(), new UserChanges(version, null, null, null, false, null));

        fetch(url).andExpect(status().isNotFound());
    }

    @Test
    void atMostTenLiveFeedsPerUser() throws Exception {
        RelanceUser rep = workspaces.rep();
        for (int i = 0; i < CalendarFeedManagement.MAX_LIVE; i++) {
            newFeed(rep);
        }
        mvc.perform(post("/api/v1/calendar-feeds").with(user(rep)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").isString());
        mvc.perform(delete("/api/v1/calendar-feeds/" + feedIds(rep).get(0)).with(user(rep)))
                .andExpect(status().isNoContent());
        newFeed(rep);
    }

    @Test
    void theProfileCardMakesAFeedShowsItsAddressOnceAndRevokesIt() throws Exception {
        RelanceUser rep = workspaces.rep();
        assertThat(body(as(rep, get("/profile")).andExpect(status().isOk())))
                .contains("id=\"calendar-feeds\"", "Calendar feed", "No calendar feed yet.");

        var made = as(rep, post("/profile/calendar-feeds"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/profile#calendar-feeds"))
                .andReturn();
        String url = (String) made.getFlashMap().get("createdCalendarFeedUrl");
        assertThat(url).startsWith("http://localhost/calendar/").endsWith(".ics");
        calendar(url);

        // shown once (the flash above; CalendarFeedBrowserTests sees it on the page): the page lists the feed, never
        // its address again
        String page = body(as(rep, get("/profile")));
        assertThat(page).doesNotContain(url).contains("Address 1", "Last read by a calendar on", "Revoke address 1");
        String id = feedIds(rep).get(0);

        as(rep, post("/profile/calendar-feeds/" + id + "/revoke"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/profile#calendar-feeds"));
        fetch(url).andExpect(status().isNotFound());
        assertThat(feedIds(rep)).isEmpty();
    }

    private static String value(Calendar calendar, String property) {
        return calendar.getProperty(property).map(Property::getValue).orElse(null);
    }
}

package io.relance.tracking;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.relance.MvcTest;
import io.relance.shared.AdjustableClock;
import io.relance.shared.WorkspaceId;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;

/** What the tracking tests share: links of fresh subjects, hits, events through the endpoint, the visits' state. */
public abstract class TrackingTest extends MvcTest {

    public static final String FIREFOX =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
    public static final String SAFE_LINKS = "Mozilla/5.0 (compatible; Microsoft Office Protection; Safe Links)";

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    protected TrackedLinks links;

    @Autowired
    protected Visits visits;

    @Autowired
    protected Engagements engagements;

    @Autowired
    protected AdjustableClock clock;

    @Autowired
    protected JdbcClient jdbc;

    /** A client address of its own for each test, so that the per-address limit of one never touches another. */
    protected final String address = "198.51." + (ADDRESSES.get() / 250) + "." + (ADDRESSES.incrementAndGet() % 250);

    /** A visit (a browser's fetch) of a link. */
    public record Fetch(IssuedLink link, UUID visit) {}

    /** Fetches of fresh subjects' links: {@code perSubject} browser visits of each of {@code subjects} links. */
    protected java.util.List<Fetch> fetches(WorkspaceId ws, int subjects, int perSubject) {
        java.util.List<Fetch> fetches = new java.util.ArrayList<>();
        for (int s = 0; s < subjects; s++) {
            IssuedLink link = newLink(ws);
            for (int v = 0; v < perSubject; v++) {
                fetches.add(new Fetch(link, visits.hit(link.link(), new HitFacts("GET", FIREFOX, "192.0.2.1"), false)));
            }
        }
        return fetches;
    }

    protected IssuedLink newLink(WorkspaceId ws) {
        return links.issue(ws, "quote", UUID.randomUUID());
    }

    protected UUID hit(IssuedLink link, String userAgent, boolean internal) {
        return visits.hit(link.link(), new HitFacts("GET", userAgent, address), internal);
    }

    protected static String event(UUID visit, String device, String type, long visibleMs, boolean webdriver) {
        return """
                {"visitId": "%s", "device": %s, "type": "%s", "visibleMs": %d, "webdriver": %s}""".formatted(visit, device == null ? "null" : "\"" + device + "\"", type, visibleMs, webdriver);
    }

    protected ResultActions report(String token, String json) throws Exception {
        return report(token, json, address);
    }

    protected ResultActions report(String token, String json, String from) throws Exception {
        return mvc.perform(post("/q/" + token + "/events")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .with(request -> {
                    request.setRemoteAddr(from);
                    return request;
                }));
    }

    protected String visitStatus(WorkspaceId ws, UUID visit) {
        return jdbc.sql("SELECT status FROM tracking_visits WHERE workspace_id = ? AND id = ?")
                .params(ws.value(), visit)
                .query(String.class)
                .single();
    }

    /** Waits until the buffer has recorded the visit's latest event (its version reached {@code events}). */
    protected void awaitEvents(WorkspaceId ws, UUID visit, int events) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql("SELECT version FROM tracking_visits WHERE workspace_id = ? AND id = ?")
                                .params(ws.value(), visit)
                                .query(Long.class)
                                .single()
                        >= events);
    }

    protected Engagement engagement(IssuedLink link) {
        return engagements.of(
                link.link().workspace(), link.link().subjectType(), link.link().subjectId());
    }
}

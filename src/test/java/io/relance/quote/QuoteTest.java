package io.relance.quote;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.party.PageTest;
import io.relance.shared.AdjustableClock;
import io.relance.shared.RelanceUser;
import io.relance.shared.WorkspaceId;
import io.relance.tracking.HitFacts;
import io.relance.tracking.IssuedLink;
import io.relance.tracking.TrackedLinks;
import io.relance.tracking.Visits;
import java.time.Duration;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** What the quote tests share: a quote created through the API for a third party, sent, its id. */
public abstract class QuoteTest extends PageTest {

    /** The issue's example: 319.99 net, 56.75 tax, 376.74 gross. */
    public static final String EXAMPLE_LINES = """
            [{"description": "Tiles", "quantity": 3, "unit": "m²", "unitPrice": 100.00, "discountPercent": 10, "taxRate": 20},
             {"description": "Glue", "quantity": 1, "unit": "kg", "unitPrice": 49.99, "taxRate": 5.5}]""";

    public static final String FIREFOX =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";

    @Autowired
    protected QuoteSending sending;

    @Autowired
    protected TrackedLinks links;

    @Autowired
    protected Visits visits;

    @Autowired
    protected AdjustableClock clock;

    @Autowired
    protected JdbcClient jdbc;

    /** A third party of this owner; its id. */
    protected String party(RelanceUser owner, String name) {
        return thirdParties.of(owner).named(name).createId();
    }

    /** A draft quote of the issue's example for this third party, created by {@code who}; its id. */
    protected String quote(RelanceUser who, String thirdPartyId) throws Exception {
        String json = body(send(
                        who,
                        post("/api/v1/quotes"),
                        "{\"thirdpartyId\": \"" + thirdPartyId + "\", \"lines\": " + EXAMPLE_LINES + "}")
                .andExpect(status().isCreated()));
        return JsonPath.read(json, "$.id");
    }

    /**
     * The editor's fields of line {@code index} as a browser posts them (a null value is a field left empty, not
     * sent): {@code .with(line(0, "Tiles", "3", "100.00", "10", "20"))}.
     */
    protected static RequestPostProcessor line(
            int index, String description, String quantity, String unitPrice, String discountPercent, String taxRate) {
        String[] names = {"description", "quantity", "unitPrice", "discountPercent", "taxRate"};
        String[] values = {description, quantity, unitPrice, discountPercent, taxRate};
        return request -> {
            for (int i = 0; i < names.length; i++) {
                if (values[i] != null) {
                    request.addParameter("lines[" + index + "]." + names[i], values[i]);
                }
            }
            return request;
        };
    }

    protected void markSent(RelanceUser who, String quoteId) {
        sending.markSent(who, new QuoteId(UUID.fromString(quoteId)));
    }

    /** The client opens the quote's link and looks at it for 4 seconds: one counted open. */
    protected void clientOpens(WorkspaceId ws, String quoteId) throws Exception {
        clientOpens(ws, quoteId, 1);
    }

    /** As above, waiting until the quote counts {@code opens} opens. */
    protected void clientOpens(WorkspaceId ws, String quoteId, int opens) throws Exception {
        IssuedLink link = links.issue(ws, QuoteId.SUBJECT, UUID.fromString(quoteId));
        UUID visit = visits.hit(link.link(), new HitFacts("GET", FIREFOX, "203.0.113.9"), false);
        clock.setTo(clock.instant().plusSeconds(45));
        mvc.perform(post("/q/" + link.token() + "/events")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"visitId": "%s", "device": "client-phone", "type": "visible", "visibleMs": 4000, "webdriver": false}""".formatted(visit))
                        .with(r -> {
                            r.setRemoteAddr("203.0.113.9");
                            return r;
                        }))
                .andExpect(status().isNoContent());
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql("SELECT COALESCE(opens, 0) FROM quotes WHERE workspace_id = ? AND id = ?")
                                .params(ws.value(), UUID.fromString(quoteId))
                                .query(Integer.class)
                                .optional()
                                .orElse(0)
                        >= opens);
    }
}

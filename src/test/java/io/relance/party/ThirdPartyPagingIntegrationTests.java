package io.relance.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.shared.AdjustableClock;
import io.relance.shared.RelanceUser;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Keyset paging when many rows share a sort value (same name, same instant, no custom value) and instants carry
 * nanoseconds the database does not keep: every row exactly once, in the order of the one-page list.
 */
class ThirdPartyPagingIntegrationTests extends PageTest {

    @Autowired
    AdjustableClock clock;

    List<String> ids(RelanceUser who, String query) throws Exception {
        String body = body(mvc.perform(get("/api/v1/thirdparties?" + query).with(user(who)))
                .andExpect(status().isOk()));
        return JsonPath.read(body, "$.items[*].id");
    }

    @Test
    void pagesOverTiesAndMissingValuesReturnEveryRowOnceInOrder() throws Exception {
        var acme = workspaces.create("Ties");
        RelanceUser admin = acme.admin();
        for (String def : new String[] {
            "{\"key\":\"visit\",\"label\":\"Visit\",\"type\":\"DATE\"}",
            "{\"key\":\"signed\",\"label\":\"Signed\",\"type\":\"CHECKBOX\"}",
            "{\"key\":\"size\",\"label\":\"Size\",\"type\":\"NUMBER\"}",
            "{\"key\":\"sector\",\"label\":\"Sector\",\"type\":\"TEXT\"}"
        }) {
            defineField(admin, def);
        }
        clock.setTo(Instant.parse("2026-11-22T10:00:00.123456789Z"));
        String[] names = {"Same", "same", "SAME", "Sâme", "Other", "Same", "Zed", "Same"};
        for (int i = 0; i < names.length; i++) {
            if (i == 4) {
                clock.advance(Duration.ofNanos(1_500));
            }
            // all tagged: a tag filter pages from the tag's links, and must give the same pages
            var b = thirdParties.of(admin).named(names[i]).tagged("ties");
            if (i % 2 == 0) {
                b.custom("visit", "2026-12-0" + (1 + i % 3))
                        .custom("signed", true)
                        .custom("size", "5");
                b.custom("sector", "Retail").in("Lyon");
            }
            b.create();
        }
        for (String filter : new String[] {"", "tag=ties&"}) {
            for (String sort : new String[] {
                "name", "-name", "code", "-code", "createdAt", "-createdAt", "updatedAt", "-updatedAt", "status",
                "potential", "city", "-city", "email", "cf.visit", "-cf.visit", "cf.signed", "-cf.signed", "cf.size",
                "-cf.size", "cf.sector", "-cf.sector"
            }) {
                List<String> whole = ids(admin, filter + "limit=500&sort=" + sort);
                assertThat(whole).as(filter + sort).hasSize(names.length).doesNotHaveDuplicates();
                assertThat(whole).as(filter + sort).isEqualTo(ids(admin, "limit=500&sort=" + sort));
                for (int limit : new int[] {1, 3}) {
                    List<String> paged = new ArrayList<>();
                    String cursor = null;
                    int pages = 0;
                    do {
                        String body = body(mvc.perform(get("/api/v1/thirdparties?" + filter + "limit=" + limit
                                                + "&sort=" + sort + (cursor == null ? "" : "&cursor=" + cursor))
                                        .with(user(admin)))
                                .andExpect(status().isOk()));
                        paged.addAll(JsonPath.read(body, "$.items[*].id"));
                        cursor = JsonPath.read(body, "$.nextCursor");
                        pages++;
                    } while (cursor != null && pages < 20);
                    assertThat(paged).as(filter + sort + " by " + limit).containsExactlyElementsOf(whole);
                }
            }
        }
    }
}

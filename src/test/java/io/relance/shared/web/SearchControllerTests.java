package io.relance.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.MvcTest;
import io.relance.shared.RelanceUser;
import io.relance.shared.Role;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import io.relance.shared.web.SearchProvider.SearchResult;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A slice: the global search box's controller and its fragment alone (no database, no module), with two small
 * providers of its own standing for the modules'.
 */
// the pages' texts, which the modules' problem advice (e.g. messaging's MailProblems) answer with
@Import(PageTexts.class)
@WebMvcTest(
        controllers = SearchController.class,
        // the other modules' web beans (the layout's model) are not this slice's
        excludeFilters =
                @ComponentScan.Filter(type = FilterType.REGEX, pattern = "io\\.relance\\.(workspace|party)\\..*"))
class SearchControllerTests {

    static final RelanceUser ME = new RelanceUser(
            new UserId(UUID.randomUUID()),
            new WorkspaceId(UUID.randomUUID()),
            "ada@relance.test",
            "Ada",
            Role.SALES_REP,
            "en",
            true,
            false,
            false,
            null);

    /** Finds as many records as asked, named after what was typed. */
    record Provider(int order, String kind) implements SearchProvider {
        @Override
        public List<SearchResult> search(RelanceUser me, String query, int max) {
            return IntStream.range(0, max)
                    .mapToObj(i -> new SearchResult(kind + " " + query, kind + i, null, "/" + kind + "/" + i, "bi-x"))
                    .toList();
        }
    }

    @TestConfiguration
    static class Providers {
        @Bean
        SearchProvider later() {
            return new Provider(20, "deal");
        }

        @Bean
        SearchProvider first() {
            return new Provider(10, "party");
        }
    }

    @Autowired
    MockMvc mvc;

    String search(String q) throws Exception {
        return MvcTest.body(
                mvc.perform(get("/search").param("q", q).with(user(ME))).andExpect(status().isOk()));
    }

    @Test
    void theProvidersAnswerInTheirOrderUpToEightResults() throws Exception {
        String html = search("  Dupont ");
        assertThat(html).contains("href=\"/party/0\"", "href=\"/party/7\"").doesNotContain("/deal/");
        assertThat(html.split("role=\"option\"")).hasSize(9);
    }

    @Test
    void fewerThanTwoCharactersFindNothingAndTypedTextIsNeverHtml() throws Exception {
        assertThat(search("D")).doesNotContain("role=\"option\"").doesNotContain("Nothing found");
        assertThat(search("<b>x</b>")).contains("party &lt;b&gt;x&lt;/b&gt;").doesNotContain("<b>x</b>");
    }

    @Test
    void signedOutTheSearchIsRefused() throws Exception {
        assertThat(mvc.perform(get("/search").param("q", "Dupont"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isIn(302, 401);
    }
}

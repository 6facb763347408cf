package io.relance.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.MvcTest;
import io.relance.party.ThirdPartyFixture;
import io.relance.shared.RelanceUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Only the links to static files go through the resource chain: the webjars' links still get their version (the
 * chain's doing), the links to records come out as written, and Boot's own filter is not there beside ours.
 */
class StaticLinksIntegrationTests extends MvcTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ThirdPartyFixture thirdParties;

    @Test
    void theWebjarsLinksAreVersionedAndTheRecordsLinksLeftAsWritten() throws Exception {
        RelanceUser rep = workspaces.rep();
        String id = thirdParties.of(rep).named("Dupont").createUuid().toString();

        String page = as(rep, get("/thirdparties/" + id))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .containsPattern("/webjars/bootstrap/\\d+\\.\\d+\\.\\d+/css/bootstrap\\.min\\.css")
                .contains("/css/app.css")
                .contains("/thirdparties/" + id);
        assertThat(context.getBeansOfType(ResourceUrlEncodingFilter.class).values())
                .singleElement()
                .isInstanceOf(StaticLinks.StaticOnly.class);
    }

    @Test
    void staticMeansUnderTheStaticFoldersOrTheWebjars() {
        assertThat(StaticLinks.isStatic("/css/app.css", "")).isTrue();
        assertThat(StaticLinks.isStatic("/relance/webjars/htmx.org/dist/htmx.min.js", "/relance"))
                .isTrue();
        assertThat(StaticLinks.isStatic("/tasks/42/complete", "")).isFalse();
        assertThat(StaticLinks.isStatic("/cssx/app.css", "")).isFalse();
        assertThat(StaticLinks.isStatic("https://example.org/css/a.css", "")).isFalse();
    }
}

package io.relance.quote.publicpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relance.Accessibility;
import io.relance.Browser;
import io.relance.BrowserTest;
import io.relance.notification.Notifications;
import io.relance.party.ThirdPartyFixture;
import io.relance.party.ThirdPartyId;
import io.relance.party.ThirdPartyLookup;
import io.relance.shared.RelanceUser;
import io.relance.tracking.Engagement;
import io.relance.tracking.Engagements;
import io.relance.tracking.IgnoredReason;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The scene in Chromium: the rep opens his own link (not counted); a client in another browser — a Chrome
 * that does not announce automation, as a person's does not — opens it (counted), asks a question and accepts; the
 * prospect is a customer and the rep's bell has the first open and the question.
 */
class PublicQuoteBrowserTests extends BrowserTest {

    static final String CLIENT_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/131.0.0.0 Safari/537.36";

    @Autowired
    ThirdPartyFixture thirdParties;

    @Autowired
    Engagements engagements;

    @Autowired
    ThirdPartyLookup parties;

    @Autowired
    Notifications notifications;

    @Test
    void theRepsOwnViewIsNotCountedTheClientsIsAndHeAsksThenAccepts() throws Exception {
        RelanceUser rep = fixture.create("Acme").rep("Zoé Rep");
        String tp = thirdParties.of(rep).named("Famille Lambert").createId();
        String quote = exampleQuote(rep, tp);
        String page = sentWithItsLink(rep, quote);

        WebDriver web = signIn(rep);
        web.get(page);
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("accept-form")));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> engagement(rep, quote).ignored().getOrDefault(IgnoredReason.INTERNAL, 0) >= 1);

        try (Browser client =
                new Browser("--disable-blink-features=AutomationControlled", "--user-agent=" + CLIENT_AGENT)) {
            WebDriver c = client.driver();
            c.get(page);
            waitFor(c, ExpectedConditions.presenceOfElementLocated(By.id("accept-form")));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> engagement(rep, quote).opens() == 1);
            Accessibility.settle(c);
            assertThat(Accessibility.seriousViolations(c)).isEmpty();
            client.screenshots("public-quote");

            c.findElement(By.id("question")).sendKeys("Can you start in March?");
            click(c, c.findElement(By.id("ask")));
            waitFor(c, ExpectedConditions.urlContains("done=asked"));

            c.findElement(By.id("name")).sendKeys("Anne Lambert");
            click(c, c.findElement(By.id("consent")));
            click(c, c.findElement(By.id("accept")));
            waitFor(c, ExpectedConditions.urlContains("done=accepted"));
            assertThat(c.findElement(By.tagName("main")).getText()).contains("Anne Lambert");
            assertThat(c.findElements(By.id("accept-form"))).isEmpty();
            // axe-core reads the signature canvas back, which Chromium comments on: not an error of the page
            assertThat(client.consoleErrors()).allMatch(m -> m.contains("willReadFrequently"));
        }

        Engagement e = engagement(rep, quote);
        assertThat(e.opens()).isEqualTo(1);
        assertThat(e.distinctVisitors()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> parties.find(rep.workspaceId(), new ThirdPartyId(UUID.fromString(tp)))
                        .orElseThrow()
                        .customer());
        await().atMost(Duration.ofSeconds(30)).until(() -> notifications.unread(rep) >= 2);
        web.get(url("/notifications"));
        assertThat(web.findElement(By.tagName("main")).getText())
                .contains("Famille Lambert opened quote")
                .contains("Famille Lambert asked a question");
    }

    private Engagement engagement(RelanceUser rep, String quote) {
        return engagements.of(rep.workspaceId(), "quote", UUID.fromString(quote));
    }
}

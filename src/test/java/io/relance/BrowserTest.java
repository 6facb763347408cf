package io.relance;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.relance.quote.QuoteId;
import io.relance.quote.QuoteSending;
import io.relance.quote.QuoteTest;
import io.relance.shared.RelanceUser;
import io.relance.tracking.TrackedLinks;
import io.relance.workspace.WorkspaceFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * What every browser test shares: the application on a random port (H2, or PostgreSQL in the second run), one
 * headless Chromium per test class (missing: skipped on a workstation, a failure when {@code CI=true}), signing in,
 * waiting for the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabases.class)
@ExtendWith({TestDatabases.class, ClockReset.class})
public abstract class BrowserTest {

    protected static Browser browser;

    @LocalServerPort
    protected int port;

    @Autowired
    protected WorkspaceFixture fixture;

    @Autowired
    private QuoteSending sending;

    @Autowired
    private TrackedLinks links;

    @BeforeAll
    static void startBrowser() {
        Browser.requireAvailable();
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Signs in through the login page, as a person would, and waits for the first page. */
    protected WebDriver signIn(RelanceUser who) {
        WebDriver web = browser.driver();
        web.get(url("/login"));
        web.findElement(By.id("username")).sendKeys(who.email());
        web.findElement(By.id("password")).sendKeys(WorkspaceFixture.PASSWORD);
        web.findElement(By.cssSelector("main button[type=submit]")).click();
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("global-search")));
        return web;
    }

    /** The issue's example quote (376.74 with tax) for this third party, created through the API as {@code who}. */
    protected String exampleQuote(RelanceUser who, String thirdPartyId) throws Exception {
        return createQuote(
                who, "{\"thirdpartyId\": \"" + thirdPartyId + "\", \"lines\": " + QuoteTest.EXAMPLE_LINES + "}");
    }

    /** A quote created through the API as {@code who} (HTTP Basic); its id. */
    protected String createQuote(RelanceUser who, String json) throws Exception {
        String auth = Base64.getEncoder()
                .encodeToString((who.email() + ":" + WorkspaceFixture.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/api/v1/quotes")))
                                .header("Authorization", "Basic " + auth)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return JsonPath.read(answer.body(), "$.id");
    }

    /** Marks the quote sent (as Copy link does) and answers the address of its private page. */
    protected String sentWithItsLink(RelanceUser who, String quoteId) {
        sending.markSent(who, new QuoteId(UUID.fromString(quoteId)));
        return url("/q/"
                + links.issue(who.workspaceId(), "quote", UUID.fromString(quoteId))
                        .token());
    }

    /**
     * The page's console errors (Content-Security-Policy violations among them), less what is no error of the page:
     * axe-core's notices about reading a canvas back, and a search that htmx aborted because the next keys typed
     * replaced it ({@code hx-sync="this:replace"}: one "htmx:sendAbort" and its "htmx:afterRequest" each).
     */
    protected static List<String> pageErrors(Browser in) {
        List<String> errors = new ArrayList<>(in.consoleErrors());
        errors.removeIf(m -> m.contains("Canvas2D") || m.contains("willReadFrequently"));
        long aborted =
                errors.stream().filter(m -> m.contains("\"htmx:sendAbort")).count();
        errors.removeIf(m -> m.contains("\"htmx:sendAbort"));
        for (long i = 0; i < aborted; i++) {
            errors.stream()
                    .filter(m -> m.contains("\"htmx:afterRequest"))
                    .findFirst()
                    .ifPresent(errors::remove);
        }
        return errors;
    }

    /** Waits up to ten seconds, an element replaced meanwhile (htmx) being looked up again. */
    protected static void waitFor(WebDriver web, ExpectedCondition<?> condition) {
        new WebDriverWait(web, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    /**
     * Clicks an element as a keyboard's Enter on it would: scrolled to the middle of the window first, and the click
     * the element's own, so that a sticky bar, a toast or a warning appearing over it does not swallow the click.
     */
    protected static void click(WebDriver web, WebElement element) {
        JavascriptExecutor js = (JavascriptExecutor) web;
        js.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        js.executeScript("arguments[0].click()", element);
    }
}

package io.relance.followup.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.Accessibility;
import io.relance.BrowserTest;
import io.relance.Untranslated;
import io.relance.followup.task.NewTask;
import io.relance.followup.task.TaskManagement;
import io.relance.party.ThirdPartyFixture;
import io.relance.shared.AdjustableClock;
import io.relance.shared.RelanceUser;
import io.relance.shared.Role;
import io.relance.workspace.WorkspaceFixture.TestWorkspace;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Profile page's calendar feed on a phone (375 × 800), once in each language: a rep makes a feed, sees its address
 * once with Copy and a {@code webcal:} link, a calendar app (a plain HTTP client, no cookie) reads his task from it in
 * his language; he revokes it (confirming) and the address answers 404. No serious axe violation, no English left, no
 * console error, nothing sideways.
 */
class CalendarFeedBrowserTests extends BrowserTest {

    /** Wednesday 10 March 2027, 10:00 in Paris. */
    static final Instant NOW = Instant.parse("2027-03-10T09:00:00Z");

    /** What each language shows. */
    record Language(String code, String title, String call, String revoked) {
        @Override
        public String toString() {
            return code;
        }
    }

    static List<Language> languages() {
        return List.of(
                new Language("en", "Calendar feed", "Call", "Calendar feed revoked"),
                new Language("fr", "Flux de calendrier", "Appeler", "Flux de calendrier révoqué"),
                new Language("es", "Suscripción de calendario", "Llamar", "Suscripción de calendario revocada"),
                new Language("de", "Kalender-Abo", "Anrufen", "Kalender-Abo widerrufen"));
    }

    /** The workspace of the four runs, made by the first. */
    static TestWorkspace acme;

    @Autowired
    AdjustableClock clock;

    @Autowired
    ThirdPartyFixture thirdParties;

    @Autowired
    TaskManagement tasks;

    @AfterAll
    static void forgetTheWorkspace() {
        acme = null;
    }

    private static HttpResponse<String> fetch(String url) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Accept", "text/calendar")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest(name = "in {0}")
    @MethodSource("languages")
    void aRepMakesAFeedReadsItInHisCalendarAndRevokesIt(Language language) throws Exception {
        clock.setTo(NOW);
        if (acme == null) {
            acme = fixture.create("Acme");
        }
        String lang = language.code();
        RelanceUser rep = acme.member("Zoé Rep", Role.SALES_REP, lang);
        var lambert = thirdParties.of(rep).named("Famille Lambert-" + lang).createUuid();
        tasks.plan(rep, new NewTask("CALL", LocalDate.of(2027, 3, 11), null, null, lambert, null, null, null, null));

        WebDriver web = browser.driver();
        web.manage().deleteAllCookies();
        signIn(rep);
        Accessibility.resize(web, 375, 800);
        web.get(url("/profile"));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("calendar-feeds")));
        assertThat(web.findElement(By.id("calendar-feeds-title")).getText()).isEqualTo(language.title());

        click(web, web.findElement(By.id("calendar-feed-new")));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("calendar-feed-url")));
        String address = web.findElement(By.id("calendar-feed-url")).getDomProperty("value");
        assertThat(address).startsWith(url("/calendar/")).endsWith(".ics");
        assertThat(web.findElement(By.id("calendar-feed-subscribe")).getDomAttribute("href"))
                .isEqualTo("webcal" + address.substring(address.indexOf(':')));
        click(web, web.findElement(By.id("calendar-feed-copy")));
        check(web, "calendar-feed-made-" + lang, lang);

        HttpResponse<String> read = fetch(address);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("Content-Type")).hasValue("text/calendar;charset=UTF-8");
        assertThat(read.headers().firstValue("Set-Cookie")).isEmpty();
        Calendar calendar = new CalendarBuilder().build(new StringReader(read.body()));
        List<CalendarComponent> entries = calendar.getComponents();
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).getProperty("SUMMARY").map(Property::getValue))
                .hasValue(language.call() + " – Famille Lambert-" + lang);

        // shown once: the page lists the feed, not its address; revoking asks first
        web.get(url("/profile"));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("calendar-feed-list")));
        assertThat(web.findElements(By.id("calendar-feed-url"))).isEmpty();
        click(web, web.findElement(By.cssSelector("#calendar-feed-list button[type='submit']")));
        web.switchTo().alert().accept();
        waitFor(
                web,
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash-area"), language.revoked()));
        assertThat(web.findElements(By.id("calendar-feed-list"))).isEmpty();
        assertThat(fetch(address).statusCode()).isEqualTo(404);
        assertThat(pageErrors(browser))
                .as("console errors, CSP violations included")
                .isEmpty();
        check(web, "calendar-feed-revoked-" + lang, lang);
    }

    /** axe-core, English left on a page in another language, nothing sideways at the phone's width; a screenshot. */
    private static void check(WebDriver web, String name, String language) {
        Accessibility.settle(web);
        assertThat(Accessibility.seriousViolations(web))
                .as("axe-core on " + name)
                .isEmpty();
        assertThat(Untranslated.on(web, language)).as("English left on " + name).isEmpty();
        assertThat(Accessibility.sidewaysOverflow(web)).as(name + " at 375 px").isEmpty();
        assertThat(Accessibility.cutWords(web)).as("cut words on " + name).isEmpty();
        Accessibility.screenshot(web, name);
    }
}

package io.relance.followup;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.Accessibility;
import io.relance.BrowserTest;
import io.relance.followup.task.NewTask;
import io.relance.followup.task.TaskManagement;
import io.relance.notification.NewNotification;
import io.relance.notification.Notifications;
import io.relance.party.ThirdPartyFixture;
import io.relance.party.ThirdPartyId;
import io.relance.party.contact.ContactFormFixture;
import io.relance.party.contact.ContactManagement;
import io.relance.shared.AdjustableClock;
import io.relance.shared.RelanceUser;
import io.relance.shared.Role;
import io.relance.workspace.WorkspaceFixture.TestWorkspace;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * My day on a phone (375 × 800), once in each language: a rep reading English, French, Spanish or German finds his
 * overdue call under "Overdue", today's visit under "Today" with the number to call in one tap, next week's call under
 * "Later", each badge in his language; he marks today's visit done with what came of it and the classification
 * "Promising", and the follow-up call it plans appears under "Later". axe-core finds no serious or critical violation,
 * no English is left on a page in another language, and nothing scrolls sideways.
 */
class MyDayBrowserTests extends BrowserTest {

    /** Wednesday 10 March 2027, 10:00 in Paris. */
    static final Instant NOW = Instant.parse("2027-03-10T09:00:00Z");

    static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

    /** What each language shows. */
    record Language(String code, String overdue, String today, String later, String done, String news) {
        @Override
        public String toString() {
            return code;
        }
    }

    static List<Language> languages() {
        return List.of(
                new Language("en", "Overdue", "Today", "Later", "Task done; the next one is planned.", "New for you"),
                new Language(
                        "fr",
                        "En retard",
                        "Aujourd'hui",
                        "Plus tard",
                        "Tâche faite ; la suivante est planifiée.",
                        "Nouveau pour vous"),
                new Language(
                        "es",
                        "Atrasada",
                        "Hoy",
                        "Más tarde",
                        "Tarea hecha; la siguiente está planificada.",
                        "Novedades para usted"),
                new Language(
                        "de",
                        "Überfällig",
                        "Heute",
                        "Später",
                        "Aufgabe erledigt; die nächste ist geplant.",
                        "Neu für Sie"));
    }

    /** The workspace of the four runs, made by the first. */
    static TestWorkspace acme;

    @Autowired
    AdjustableClock clock;

    @Autowired
    ThirdPartyFixture thirdParties;

    @Autowired
    ContactManagement contacts;

    @Autowired
    TaskManagement tasks;

    @Autowired
    Notifications notifications;

    @AfterAll
    static void forgetTheWorkspace() {
        acme = null;
    }

    private ThirdPartyId party(RelanceUser rep, String name) {
        return new ThirdPartyId(
                thirdParties.of(rep).named(name).withPhone("04 72 00 00 01").createUuid());
    }

    private void plan(RelanceUser rep, ThirdPartyId party, String type, LocalDate due, String title) {
        tasks.plan(rep, new NewTask(type, due, null, null, party.value(), null, null, title, null));
    }

    @ParameterizedTest(name = "in {0}")
    @MethodSource("languages")
    void aRepWorksHisDayOnHisPhone(Language language) throws Exception {
        if (acme == null) {
            acme = fixture.create("Acme");
        }
        String lang = language.code();
        RelanceUser rep = acme.member("Zoé Rep", Role.SALES_REP, lang);
        ThirdPartyId lambert = party(rep, "Famille Lambert-" + lang);
        ThirdPartyId dupont = party(rep, "Dupont Rénovation-" + lang);
        ThirdPartyId martin = party(rep, "Martin SARL-" + lang);
        contacts.addContact(rep, dupont, ContactFormFixture.withMobile("Jeanne", "Dupont", "06 12 34 56 78"));
        clock.setTo(NOW.minus(Duration.ofDays(2)));
        plan(rep, lambert, "CALL", TODAY.minusDays(2), null);
        clock.setTo(NOW);
        plan(rep, dupont, "VISIT", TODAY, null);
        plan(rep, martin, "CALL", TODAY.plusDays(5), null);
        for (int day = 20; day <= 40; day++) { // 22 later: the section shows 20, and says 2 are not shown
            plan(rep, martin, "TODO", TODAY.plusDays(day), null);
        }

        // a client opened his quote: what is new for him comes after today's tasks
        notifications.notify(new NewNotification(
                acme.id(),
                rep.userId(),
                "quote.notification.opened",
                List.of("Famille Lambert-" + lang, "QU2703-0001"),
                "/quotes"));

        WebDriver web = browser.driver();
        web.manage().deleteAllCookies();
        signIn(rep);
        Accessibility.resize(web, 375, 800);
        web.get(url("/"));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("myday-today")));

        WebElement overdue = web.findElement(By.id("myday-overdue"));
        WebElement today = web.findElement(By.id("myday-today"));
        WebElement later = web.findElement(By.id("myday-upcoming"));
        assertThat(overdue.getText()).contains("Famille Lambert-" + lang, language.overdue());
        assertThat(today.getText()).contains("Dupont Rénovation-" + lang, language.today());
        assertThat(later.getText()).contains("Martin SARL-" + lang, language.later());
        assertThat(overdue.getText()).doesNotContain("Dupont", "Martin");
        assertThat(today.getText()).doesNotContain("Lambert", "Martin");
        assertThat(later.getText()).doesNotContain("Lambert", "Dupont");
        // one tap to call the visit's third party (its mobile-less phone)
        assertThat(today.findElement(By.cssSelector("a.task-call")).getAttribute("href"))
                .isEqualTo("tel:+33472000001");
        WebElement news = web.findElement(By.id("myday-news"));
        assertThat(news.getText()).contains(language.news(), "QU2703-0001");
        assertThat(web.findElements(By.cssSelector("#myday-today ~ #myday-news")))
                .hasSize(1);
        Accessibility.checkPage(web, "myday-" + lang, lang);

        // "show more" adds the last two under the twenty, in place, and goes
        assertThat(later.findElements(By.cssSelector(".task-row"))).hasSize(20);
        assertThat(later.findElement(By.cssSelector(".myday-count")).getText()).isEqualTo("22");
        click(web, later.findElement(By.cssSelector("a.tasks-more")));
        waitFor(web, (ExpectedCondition<Boolean>)
                d -> d.findElements(By.cssSelector("#myday-upcoming-list > li")).size() == 22);
        assertThat(web.findElements(By.cssSelector("a.tasks-more"))).isEmpty();
        assertThat(web.getCurrentUrl()).isEqualTo(url("/"));
        Accessibility.checkPage(web, "myday-more-" + lang, lang);

        // done, with what came of it and "Promising": the follow-up call appears under Later
        WebElement row = today.findElement(By.cssSelector(".task-row"));
        click(web, row.findElement(By.cssSelector(".task-complete > summary")));
        // the form comes when the button opens (htmx), not with the page
        waitFor(
                web,
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-complete textarea[name=outcome]")));
        WebElement outcome = row.findElement(By.cssSelector("textarea[name=outcome]"));
        outcome.sendKeys("Measured the attic");
        click(web, row.findElement(By.cssSelector("input[name=classification][value=promising]")));
        Accessibility.checkPage(web, "myday-complete-" + lang, lang);
        click(web, row.findElement(By.cssSelector(".task-complete button[type=submit]")));
        waitFor(
                web,
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash-area"), language.done()));

        later = web.findElement(By.id("myday-upcoming"));
        assertThat(later.getText()).contains("Dupont Rénovation-" + lang, "Martin SARL-" + lang);
        assertThat(web.findElement(By.id("myday-today")).getText()).doesNotContain("Dupont");
        assertThat(pageErrors(browser))
                .as("console errors, CSP violations included")
                .isEmpty();
        Accessibility.checkPage(web, "myday-done-" + lang, lang);

        // the record's "new task" box names one of its contacts and takes notes, at a phone's width and a desktop's
        for (int width : new int[] {375, 1440}) {
            Accessibility.resize(web, width, 900);
            web.get(url("/thirdparties/" + dupont));
            WebElement box = web.findElement(By.cssSelector("#tasks-panel details.task-new"));
            click(web, box.findElement(By.tagName("summary")));
            waitFor(web, ExpectedConditions.visibilityOfElementLocated(By.id("nt-contactId")));
            new org.openqa.selenium.support.ui.Select(web.findElement(By.id("nt-contactId")))
                    .selectByVisibleText("Jeanne Dupont");
            web.findElement(By.id("nt-notes")).sendKeys("Échantillons");
            Accessibility.checkPage(web, "record-new-task-" + lang + "-" + width, lang);
        }
    }
}

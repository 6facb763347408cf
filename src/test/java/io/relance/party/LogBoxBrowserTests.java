package io.relance.party;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.Accessibility;
import io.relance.history.HistoryEvent;
import io.relance.party.core.ThirdPartyTimeline;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In headless Chromium, the record page's log box offers Direction only for a call, an e-mail or an SMS and Outcome
 * only for a call, a meeting or a visit, switching as the type changes; a note is logged without either.
 */
class LogBoxBrowserTests extends PartyBrowserTest {

    @Autowired
    ThirdPartyTimeline timeline;

    @Test
    void theBoxShowsDirectionAndOutcomeOnlyForTheTypesThatHaveThem() throws Exception {
        RelanceUser rep = fixture.create("Acme").rep("Zoé Rep");
        ThirdPartyId id =
                records.of(rep).named("Charpentes Morel").create().thirdParty().id();
        WebDriver web = signIn(rep);
        web.get(url("/thirdparties/" + id.value()));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("log-type")));

        assertShown(web, "CALL", true, true);
        assertShown(web, "NOTE", false, false);
        ((JavascriptExecutor) web).executeScript("document.getElementById('logbox').scrollIntoView()");
        browser.screenshots("logbox-note");
        assertShown(web, "MEETING", false, true);
        assertShown(web, "VISIT", false, true);
        assertShown(web, "EMAIL", true, false);
        assertShown(web, "SMS", true, false);
        browser.screenshots("logbox-sms");
        assertShown(web, "CALL", true, true);

        // a note logged in place: no direction stored, and the box shown again for a note
        assertShown(web, "NOTE", false, false);
        web.findElement(By.id("log-summary")).sendKeys("Prefers oak");
        web.findElement(By.id("log-submit")).click();
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("log-done")));
        assertThat(web.findElement(By.id("log-direction")).isDisplayed()).isFalse();
        assertThat(web.findElement(By.id("log-outcome")).isDisplayed()).isFalse();
        HistoryEvent note = timeline.timeline(rep, id, Set.of("history.note"), PageRequest.of(5, null))
                .items()
                .get(0);
        assertThat(note.direction()).isNull();
        assertThat(note.outcome()).isNull();
        // switching back to a call after the swap offers both again, enabled
        assertShown(web, "CALL", true, true);
        assertThat(web.findElement(By.id("log-direction")).isEnabled()).isTrue();

        assertThat(browser.consoleErrors())
                .as("console errors, CSP violations included")
                .isEmpty();
        assertThat(Accessibility.seriousViolations(web)).isEmpty();
    }

    private static void assertShown(WebDriver web, String type, boolean direction, boolean outcome) {
        new Select(web.findElement(By.id("log-type"))).selectByValue(type);
        assertThat(web.findElement(By.id("log-direction")).isDisplayed())
                .as("direction for " + type)
                .isEqualTo(direction);
        assertThat(web.findElement(By.id("log-outcome")).isDisplayed())
                .as("outcome for " + type)
                .isEqualTo(outcome);
    }
}

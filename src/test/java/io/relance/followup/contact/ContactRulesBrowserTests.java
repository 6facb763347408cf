package io.relance.followup.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.Accessibility;
import io.relance.history.Direction;
import io.relance.history.HandLoggedEvent;
import io.relance.history.HandLoggedType;
import io.relance.party.PartyBrowserTest;
import io.relance.party.ThirdPartyId;
import io.relance.party.core.ThirdPartyTimeline;
import io.relance.shared.AdjustableClock;
import io.relance.shared.RelanceUser;
import io.relance.workspace.WorkspaceFixture.TestWorkspace;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In headless Chromium (English): a third party called this morning shows the contact rules' banner on its record,
 * with the rule and when a contact would be allowed; logging a visit anyway adds it to the timeline and warns in the
 * log box; an admin changes the workspace's defaults on the settings page.
 */
class ContactRulesBrowserTests extends PartyBrowserTest {

    @Autowired
    ThirdPartyTimeline timeline;

    @Autowired
    AdjustableClock clock;

    @Test
    void theRecordWarnsWhenContactingNowBreaksARuleAndTheLogBoxWarnsAfterLogging() throws Exception {
        clock.setTo(Instant.parse("2026-12-08T09:00:00Z")); // Tuesday 10:00 in Paris
        RelanceUser rep = fixture.create("Acme").rep("Zoé Rep");
        ThirdPartyId id =
                records.of(rep).named("Charpentes Morel").create().thirdParty().id();
        timeline.log(
                rep,
                id,
                new HandLoggedEvent(
                        HandLoggedType.CALL, Direction.OUTBOUND, "Called about the roof", null, null, null));

        WebDriver web = signIn(rep);
        web.get(url("/thirdparties/" + id.value()));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("contact-banner")));
        String banner = web.findElement(By.id("contact-banner")).getText();
        assertThat(banner)
                .contains("Contacting now would break the contact rules")
                .contains("At least 3 days between two contacts")
                .contains("Allowed from")
                .contains("Dec 11, 2026");
        browser.screenshots("contact-rules-banner");

        new Select(web.findElement(By.id("log-type"))).selectByValue("VISIT");
        web.findElement(By.id("log-summary")).sendKeys("Went to see the roof");
        click(web, web.findElement(By.id("log-submit")));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("log-warnings")));
        assertThat(web.findElement(By.id("log-warnings")).getText())
                .contains("breaks the contact rules")
                .contains("At least 3 days between two contacts");
        assertThat(web.findElement(By.id("timeline-panel")).getText()).contains("Went to see the roof");
        browser.screenshots("contact-rules-log-warning");

        assertThat(browser.consoleErrors())
                .as("console errors, CSP violations included")
                .filteredOn(e -> !e.contains("willReadFrequently")) // Chromium's own note on a canvas readback
                .isEmpty();
        assertThat(Accessibility.seriousViolations(web)).isEmpty();
    }

    @Test
    void anAdminChangesTheWorkspacesDefaults() throws Exception {
        TestWorkspace acme = fixture.create("Acme");
        WebDriver web = signIn(acme.admin());
        web.get(url("/settings/contact-rules"));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("contact-rules-form")));
        assertThat(web.findElement(By.id("quiet-SUNDAY")).isSelected()).isTrue();

        web.findElement(By.id("minDaysBetween")).clear();
        web.findElement(By.id("minDaysBetween")).sendKeys("5");
        click(web, web.findElement(By.id("quiet-SATURDAY")));
        click(web, web.findElement(By.cssSelector("#contact-rules-form button[type='submit']")));
        waitFor(web, ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Contact rules saved"));
        assertThat(web.findElement(By.id("minDaysBetween")).getAttribute("value"))
                .isEqualTo("5");
        assertThat(web.findElement(By.id("quiet-SATURDAY")).isSelected()).isTrue();
        browser.screenshots("contact-rules-settings");

        assertThat(browser.consoleErrors())
                .filteredOn(e -> !e.contains("willReadFrequently"))
                .isEmpty();
        assertThat(Accessibility.seriousViolations(web)).isEmpty();
    }
}

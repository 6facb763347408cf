package io.relance.followup.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.Accessibility;
import io.relance.history.Direction;
import io.relance.history.HandLoggedEvent;
import io.relance.history.HandLoggedType;
import io.relance.party.PartyBrowserTest;
import io.relance.party.ThirdPartyId;
import io.relance.party.contact.ContactFormFixture;
import io.relance.party.contact.ContactManagement;
import io.relance.party.core.ThirdPartyTimeline;
import io.relance.shared.AdjustableClock;
import io.relance.shared.RelanceUser;
import io.relance.shared.Role;
import io.relance.workspace.WorkspaceFixture.TestWorkspace;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

    @Autowired
    ContactManagement contacts;

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

    /**
     * At a phone's width, in each language: the banner is the first thing under the record's header, and a manager
     * gives one contact its own rules on its page (axe, no English left, nothing sideways nor cut).
     */
    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"en", "fr", "es", "de"})
    void onAPhoneTheBannerComesFirstAndAManagerGivesAContactItsOwnRules(String lang) throws Exception {
        clock.setTo(Instant.parse("2026-12-08T09:00:00Z")); // Tuesday 10:00 in Paris
        TestWorkspace acme = fixture.create("Acme " + lang);
        RelanceUser manager = acme.member("Max Manager", Role.MANAGER, lang);
        ThirdPartyId id = records.of(manager)
                .named("Charpentes Morel")
                .create()
                .thirdParty()
                .id();
        contacts.addContact(manager, id, ContactFormFixture.named("Jeanne", "Morel"));
        timeline.log(
                manager, id, new HandLoggedEvent(HandLoggedType.CALL, Direction.OUTBOUND, "Appel", null, null, null));

        WebDriver web = signIn(manager);
        Accessibility.resize(web, 375, 800);
        web.get(url("/thirdparties/" + id.value()));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("contact-banner")));
        int banner = web.findElement(By.id("contact-banner")).getLocation().getY();
        assertThat(banner)
                .isLessThan(800)
                .isLessThan(web.findElement(By.cssSelector(".record-grid"))
                        .getLocation()
                        .getY());
        Accessibility.checkPage(web, "contact-rules-record-" + lang, lang);

        click(web, web.findElement(By.cssSelector(".contact-rules-links a")));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("contact-rules-form")));
        web.findElement(By.id("cr-min-days")).sendKeys("10");
        click(web, web.findElement(By.id("cr-day-TUESDAY")));
        Accessibility.checkPage(web, "contact-rules-contact-" + lang, lang);
        click(web, web.findElement(By.cssSelector("#contact-rules-form button[type='submit']")));
        waitFor(web, ExpectedConditions.attributeToBe(By.id("cr-min-days"), "value", "10"));
        assertThat(web.findElement(By.id("cr-day-TUESDAY")).isSelected()).isTrue();
        Accessibility.checkPage(web, "contact-rules-contact-saved-" + lang, lang);
    }
}

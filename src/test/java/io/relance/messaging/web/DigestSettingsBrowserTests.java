package io.relance.messaging.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.BrowserTest;
import io.relance.FourLanguages;
import io.relance.messaging.activity.DigestSettingsStore;
import io.relance.shared.RelanceUser;
import io.relance.workspace.WorkspaceManagement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In headless Chromium, in English, French, Spanish and German: Settings → Daily digest and the profile's choice of
 * the first-open e-mail read well at 360 and 1366 px (no serious accessibility violation, no sideways scrolling, no
 * word cut); an admin saves another hour, and ticks the e-mail on first open on his profile.
 */
class DigestSettingsBrowserTests extends BrowserTest {

    static final Map<String, String> TAB = Map.of(
            "en",
            "Daily digest",
            "fr",
            "Récapitulatif quotidien",
            "es",
            "Resumen diario",
            "de",
            "Tägliche Zusammenfassung");

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    DigestSettingsStore settings;

    @Test
    void theDigestHourAndTheFirstOpenEmailAreSetInFourLanguages() throws Exception {
        var acme = fixture.create("Rénovations Lambert & Fils");
        RelanceUser admin = acme.admin();
        FourLanguages.Read read = FourLanguages.read(
                this, workspaces, acme.id(), admin, List.of("/settings/quote-digest", "/profile"), (web, language) -> {
                    web.get(url("/settings/quote-digest"));
                    assertThat(web.findElement(By.cssSelector(".nav-tabs .active"))
                                    .getText())
                            .isEqualTo(TAB.get(language));
                    browser.screenshots("digest-settings-" + language);
                });
        assertThat(read.problems()).as("accessibility and width problems").isEmpty();
        WebDriver web = read.web();

        WebElement time = web.findElement(By.id("time"));
        assertThat(time.getAttribute("value")).isEqualTo("12:30");
        // the time field takes what the browser's picker gives (a wrong hour is refused by the server: see
        // QuoteDigestIntegrationTests)
        ((org.openqa.selenium.JavascriptExecutor) web).executeScript("arguments[0].value = '08:15';", time);
        click(web, web.findElement(By.cssSelector("#digest-settings-form button[type=submit]")));
        waitFor(web, ExpectedConditions.urlToBe(url("/settings/quote-digest")));
        assertThat(settings.of(acme.id()).time()).isEqualTo("08:15");

        web.get(url("/profile"));
        click(web, web.findElement(By.id("emailOnFirstOpen")));
        click(web, web.findElement(By.id("save-profile")));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("profile-form")));
        assertThat(workspaces.wantsEmailOnFirstOpen(acme.id(), admin.userId())).isTrue();

        assertThat(browser.consoleErrors())
                .as("console errors, CSP violations included (axe-core's own canvas notice aside)")
                .filteredOn(e -> !e.contains("willReadFrequently"))
                .isEmpty();
    }
}

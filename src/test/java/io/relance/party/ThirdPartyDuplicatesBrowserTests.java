package io.relance.party;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.shared.RelanceUser;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** In headless Chromium: the new-third-party form warns about possible duplicates as the rep types. */
class ThirdPartyDuplicatesBrowserTests extends PartyBrowserTest {

    @Test
    void theFormWarnsAboutPossibleDuplicatesWhileTheRepTypes() throws Exception {
        var acme = fixture.create("Acme");
        RelanceUser alice = acme.rep("Alice Rep");
        RelanceUser bob = acme.rep("Bob Rep");
        records.of(alice)
                .named("Société Dupont")
                .withEmail("contact@dupont.test")
                .create();
        String code = records.of(bob)
                .named("Boulangerie <i>Petit</i>")
                .withPhone("04 78 00 00 01")
                .create()
                .thirdParty()
                .code();

        WebDriver web = signIn(bob);
        WebDriverWait wait = new WebDriverWait(web, Duration.ofSeconds(10));

        web.get(url("/thirdparties/new"));
        assertThat(web.findElement(By.id("duplicates")).getAttribute("aria-live"))
                .isEqualTo("polite");
        web.findElement(By.id("name")).sendKeys("SOCIETE DUPONT");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("duplicates"), "owned by someone else"));
        assertThat(web.findElement(By.id("duplicates")).getText()).doesNotContain("Dupont", "Alice");

        web.findElement(By.id("phone")).sendKeys("+33 4 78 00 00 01");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("duplicates"), "Boulangerie <i>Petit</i> (" + code + ")"));
        assertThat(web.findElements(By.cssSelector("#duplicates i:not(.bi)"))).isEmpty();
        assertThat(web.findElement(By.cssSelector("#duplicates a")).getAttribute("href"))
                .startsWith(url("/thirdparties/"));
        browser.screenshots("thirdparty-form-duplicates");

        // what is typed no more matches: the warning goes
        web.findElement(By.id("name")).clear();
        web.findElement(By.id("phone")).clear();
        web.findElement(By.id("name")).sendKeys("Nouveau client");
        wait.until(ExpectedConditions.textToBe(By.id("duplicates"), ""));

        assertThat(browser.consoleErrors())
                .as("console errors, CSP violations included")
                .isEmpty();
    }
}

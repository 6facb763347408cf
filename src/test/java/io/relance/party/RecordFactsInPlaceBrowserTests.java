package io.relance.party;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.shared.RelanceUser;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** In headless Chromium: the record's Details panel is edited in place, and the timeline shows the change. */
class RecordFactsInPlaceBrowserTests extends PartyBrowserTest {

    @Test
    void thePencilSwapsInTheFormAndSaveShowsTheNewFactsAndTheirChangeInTheTimeline() throws Exception {
        RelanceUser rep = fixture.rep();
        String id = records.of(rep).lambert().createId();

        WebDriver web = signIn(rep);
        WebDriverWait wait = new WebDriverWait(web, Duration.ofSeconds(10));

        web.get(url("/thirdparties/" + id));
        web.findElement(By.id("facts-edit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("facts-email")));
        assertThat(web.getCurrentUrl()).isEqualTo(url("/thirdparties/" + id));
        assertThat(web.findElement(By.id("facts-city")).getAttribute("value")).isEqualTo("Lyon");

        // a wrong e-mail: the error beside it, what was typed kept
        WebElement email = web.findElement(By.id("facts-email"));
        email.clear();
        email.sendKeys("not an e-mail");
        email.sendKeys(Keys.ENTER); // submits the form, as its Save button does
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("facts-email-error")));
        assertThat(web.findElement(By.id("facts-email")).getAttribute("value")).isEqualTo("not an e-mail");
        browser.screenshots("record-facts-form-error");

        email = web.findElement(By.id("facts-email"));
        email.clear();
        email.sendKeys("famille@lambert.test");
        WebElement city = web.findElement(By.id("facts-city"));
        city.clear();
        city.sendKeys("Villeurbanne", Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("facts-edit")));
        assertThat(web.findElement(By.id("facts")).getText()).contains("famille@lambert.test", "Villeurbanne");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"), "Villeurbanne"));
        assertThat(web.findElement(By.cssSelector("#record-reach a[href^='mailto:']"))
                        .getAttribute("href"))
                .isEqualTo("mailto:famille@lambert.test");
        browser.screenshots("record-facts-saved");

        // Cancel shows the panel as it is
        web.findElement(By.id("facts-edit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("facts-cancel")))
                .sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("facts-edit")));
        assertThat(web.findElements(By.id("facts-email"))).isEmpty();

        assertThat(browser.consoleErrors())
                .as("console errors, CSP violations included")
                .isEmpty();
    }
}

package io.relance.party.merge;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.Accessibility;
import io.relance.party.PartyBrowserTest;
import io.relance.party.core.ThirdPartyDetails;
import io.relance.shared.RelanceUser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In headless Chromium: from a record with a known duplicate, the merge page offers it; picked, swapped, a value
 * chosen per field, merged; the survivor's page shows the values kept.
 */
class MergeBrowserTests extends PartyBrowserTest {

    @Test
    void theKnownDuplicateIsPickedSwappedMergedFieldByField() throws Exception {
        RelanceUser rep = fixture.rep();
        ThirdPartyDetails lambert = records.of(rep)
                .named("Famille Lambert")
                .withEmail("kept@lambert.test")
                .withPhone("06 12 34 56 78")
                .with("language", "fr")
                .create();
        ThirdPartyDetails sarl = records.of(rep)
                .named("Lambert SARL")
                .withEmail("old@lambert.test")
                .withPhone("+33 6 12 34 56 78")
                .with("language", "de")
                .in("Lyon")
                .create();
        String lambertId = lambert.thirdParty().id().toString();
        String sarlId = sarl.thirdParty().id().toString();

        WebDriver web = signIn(rep);
        web.get(url("/thirdparties/" + lambertId));
        web.findElement(By.cssSelector("a[href$='/thirdparties/" + lambertId + "/merge']"))
                .click();
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("merge-offered")));
        assertThat(web.findElement(By.id("merge-offered")).getText()).contains("Lambert SARL", "same phone");
        browser.screenshots("merge-offered");

        // one click on the known duplicate: both side by side, the box shows its name and code
        web.findElement(By.cssSelector("#merge-offered a")).click();
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("merge-submit")));
        assertThat(web.findElement(By.id("dup-q")).getAttribute("value"))
                .isEqualTo("Lambert SARL (" + sarl.thirdParty().code() + ")");
        assertThat(web.findElement(By.id("merge-row-language")).getText()).contains("French", "German");

        // swap: Lambert SARL survives (its code, its history), Famille Lambert is merged into it
        web.findElement(By.id("merge-swap")).click();
        waitFor(web, ExpectedConditions.urlContains("/thirdparties/" + sarlId + "/merge"));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("merge-submit")));
        assertThat(web.findElement(By.id("pick-email-survivor")).isSelected()).isTrue();
        assertThat(web.findElement(By.id("pick-name-survivor")).isSelected()).isTrue();

        // per field: the other one's name and e-mail, the survivor's own city
        web.findElement(By.cssSelector("label[for='pick-name-duplicate']")).click();
        web.findElement(By.cssSelector("label[for='pick-email-duplicate']")).click();
        assertThat(web.findElement(By.id("pick-email-duplicate")).isSelected()).isTrue();
        browser.screenshots("merge-picked");
        assertThat(browser.consoleErrors())
                .as("console errors, CSP violations included")
                .isEmpty();
        // axe-core itself warns in the console (canvas read-backs): run after the page's own errors are checked
        assertThat(Accessibility.seriousViolations(web)).isEmpty();

        web.findElement(By.id("merge-submit")).sendKeys(Keys.ENTER); // as a click, wherever the page is scrolled
        waitFor(web, ExpectedConditions.alertIsPresent());
        web.switchTo().alert().accept();
        waitFor(web, ExpectedConditions.urlToBe(url("/thirdparties/" + sarlId)));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash-area .alert-success")));
        assertThat(web.findElement(By.id("record-name")).getText()).isEqualTo("Famille Lambert");
        assertThat(web.findElement(By.id("main")).getText())
                .contains(sarl.thirdParty().code());
        assertThat(web.findElement(By.id("facts")).getText())
                .contains("kept@lambert.test", "Lyon")
                .doesNotContain("old@lambert.test");
        assertThat(web.findElement(By.id("timeline")).getText()).contains("old@lambert.test → kept@lambert.test");
        browser.screenshots("merge-survivor");
    }
}

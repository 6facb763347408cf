package io.relance.party;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.party.search.ThirdPartyFilter;
import io.relance.party.search.ThirdPartySearch;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In headless Chromium: a rep creates a third party, logs a call on its page in place, changes its status in one
 * click, reads it in French.
 */
class ThirdPartyBrowserTests extends PartyBrowserTest {

    @Autowired
    ThirdPartySearch thirdPartySearch;

    @Test
    void aRepCreatesAThirdPartyChangesItsStatusInOneClickAndReadsItInFrench() throws Exception {
        var acme = fixture.create("Rénovations Lambert");
        RelanceUser rep = acme.rep("Zoé Rep");
        WebDriver web = signIn(rep);

        String hostile = "<img src=x onerror=alert(1)>Zoé";
        web.get(url("/thirdparties/new"));
        web.findElement(By.id("name")).sendKeys(hostile);
        web.findElement(By.id("phone")).sendKeys("06 12 34 56 78");
        web.findElement(By.id("city")).sendKeys("Villeurbanne");
        web.findElement(By.id("city")).submit();
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("record-name")));
        // typed markup is shown as text, never run
        assertThat(web.findElement(By.id("record-name")).getText()).isEqualTo(hostile);
        assertThat(web.findElements(By.cssSelector("main img"))).isEmpty();
        browser.screenshots("thirdparty-record");

        // the potential in the record's header saves itself when chosen, in place (htmx): the facts follow, the page
        // stays
        String recordUrl = web.getCurrentUrl();
        ((JavascriptExecutor) web).executeScript("window.relanceBefore = true;");
        new Select(web.findElement(By.id("record-potential"))).selectByValue("high");
        waitFor(web, ExpectedConditions.textToBePresentInElementLocated(By.id("facts-potential"), "High"));
        assertThat(((JavascriptExecutor) web).executeScript("return window.relanceBefore === true;"))
                .as("the potential changed without reloading the page")
                .isEqualTo(true);
        assertThat(web.getCurrentUrl()).isEqualTo(recordUrl);
        assertThat(new Select(web.findElement(By.id("record-potential")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("high");

        // a call logged from the box shows in the timeline at once, the box empties, the page stays (htmx)
        ((JavascriptExecutor) web).executeScript("window.relanceInPlace = true;");
        new Select(web.findElement(By.id("log-type"))).selectByValue("CALL");
        web.findElement(By.id("log-summary")).sendKeys("Asked for a quote <b>today</b>");
        web.findElement(By.id("log-submit")).click();
        waitFor(
                web,
                ExpectedConditions.textToBePresentInElementLocated(
                        By.id("timeline"), "Asked for a quote <b>today</b>"));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("log-done")));
        assertThat(web.findElement(By.id("log-summary")).getAttribute("value")).isEmpty();
        assertThat(((JavascriptExecutor) web).executeScript("return window.relanceInPlace === true;"))
                .as("the call was logged without reloading the page")
                .isEqualTo(true);
        assertThat(web.getCurrentUrl()).isEqualTo(recordUrl);
        // the filter swaps only the timeline, and the address follows it
        click(web, web.findElement(By.id("timeline-filter-changes")));
        waitFor(web, ExpectedConditions.urlToBe(recordUrl + "?kind=changes"));
        waitFor(web, ExpectedConditions.attributeContains(By.id("timeline-filter-changes"), "class", "active"));
        assertThat(web.findElement(By.id("timeline")).getText()).doesNotContain("Asked for a quote");
        assertThat(((JavascriptExecutor) web).executeScript("return window.relanceInPlace === true;"))
                .isEqualTo(true);
        browser.screenshots("thirdparty-record-in-place");

        web.get(url("/thirdparties"));
        ((JavascriptExecutor) web).executeScript("window.relanceNoReload = true;");
        WebElement status = web.findElement(By.cssSelector("select.status-select"));
        new Select(status).selectByValue("CONTACTED");
        waitFor(
                web,
                driver -> thirdPartySearch
                                .list(rep, ThirdPartyFilter.empty(), PageRequest.of(10, null))
                                .items()
                                .get(0)
                                .thirdParty()
                                .status()
                        == ProspectStatus.CONTACTED);
        waitFor(
                web,
                ExpectedConditions.attributeContains(
                        By.cssSelector("select.status-select"), "class", "status-CONTACTED"));
        assertThat(((JavascriptExecutor) web).executeScript("return window.relanceNoReload === true;"))
                .as("the row changed in place, without reloading the page")
                .isEqualTo(true);
        browser.screenshots("thirdparty-list");

        // "Columns": a panel of boxes; without the city and with the phone, the list shows those columns
        web.findElement(By.cssSelector("#columns-picker > summary")).click();
        waitFor(web, ExpectedConditions.visibilityOfElementLocated(By.id("columns-save")));
        web.findElement(By.cssSelector("#columns-form input[value=city]")).click();
        web.findElement(By.cssSelector("#columns-form input[value=phone]")).click();
        assertThat(web.findElement(By.id("columns-save")).isDisplayed())
                .as("ticking a box keeps the panel open")
                .isTrue();
        browser.screenshots("thirdparty-columns");
        web.findElement(By.id("columns-save")).click();
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash-area .alert-success")));
        String head = web.findElement(By.cssSelector("#thirdparty-table thead")).getText();
        assertThat(head).contains("Phone").doesNotContain("City");
        assertThat(web.findElement(By.id("thirdparty-table")).getText()).contains("06 12 34 56 78");
        web.findElement(By.cssSelector("#columns-picker > summary")).click();
        waitFor(web, ExpectedConditions.visibilityOfElementLocated(By.id("columns-save")));
        web.findElement(By.tagName("h1")).click();
        waitFor(web, ExpectedConditions.invisibilityOfElementLocated(By.id("columns-save")));

        web.get(url("/profile"));
        new Select(web.findElement(By.id("locale"))).selectByValue("fr");
        web.findElement(By.id("save-profile")).click();
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash-area")));
        web.get(url("/thirdparties"));
        assertThat(web.findElement(By.tagName("h1")).getText()).isEqualTo("Tiers");
        assertThat(web.findElement(By.cssSelector("select.status-select option:checked"))
                        .getText())
                .isEqualTo("Contacté");
        browser.screenshots("thirdparty-list-fr");
        web.get(recordUrl);
        assertThat(web.findElement(By.id("record-name")).getText()).isEqualTo(hostile);
        assertThat(web.findElement(By.cssSelector("#record-status option:checked"))
                        .getText())
                .isEqualTo("Contacté");
        assertThat(web.findElement(By.id("main")).getText()).contains("Aucun → Élevé");
        browser.screenshots("thirdparty-record-fr");

        // the form and the merge page, side by side, in French
        web.get(url("/thirdparties/new"));
        assertThat(web.findElement(By.tagName("h1")).getText()).isNotBlank();
        browser.screenshots("thirdparty-form-fr");
        var twin = records.of(rep)
                .named("Zoé Menuiserie-Ébénisterie Générale")
                .withEmail("contact@zoe.test")
                .in("Villeurbanne")
                .tagged("ébénisterie")
                .create();
        web.get(url("/thirdparties/" + recordUrl.substring(recordUrl.lastIndexOf('/') + 1) + "/merge?duplicate="
                + twin.thirdParty().code()));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("merge-submit")));
        browser.screenshots("thirdparty-merge-fr");

        assertThat(browser.consoleErrors())
                .as("console errors, CSP violations included")
                .isEmpty();
    }
}

package io.relance.quote;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.Accessibility;
import io.relance.BrowserTest;
import io.relance.catalog.CatalogFixture;
import io.relance.party.ThirdPartyFixture;
import io.relance.shared.RelanceUser;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In headless Chromium, a rep adds a product of the catalogue to a quote: he types in the editor's picker, the
 * matching products show as he types, a click fills the line (description, unit, price, rate) through htmx, the
 * totals follow, and the saved quote keeps the product. Screenshots at desktop and phone widths, axe-core clean.
 */
class QuoteEditorProductPickerBrowserTests extends BrowserTest {

    @Autowired
    ThirdPartyFixture thirdParties;

    @Autowired
    CatalogFixture catalog;

    @Test
    void aRepPicksAProductAndItsLineIsFilled() throws Exception {
        var acme = fixture.create("Rénovations Lambert");
        RelanceUser rep = acme.rep("Zoé Rep");
        catalog.product(
                acme.admin(),
                "PARQ-CHENE",
                "Pose de parquet en chêne",
                "45.50",
                Map.of("unit", "m²", "description", "Fourniture comprise"));
        catalog.product(acme.admin(), "PEINT", "Peinture murale", "25", Map.of("unit", "m²"));
        String tp = thirdParties.of(rep).named("Famille Lambert").createId();
        WebDriver web = browser.driver();
        web.manage().deleteAllCookies();
        signIn(rep);

        web.get(url("/quotes/new?thirdpartyId=" + tp));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("product-picker-q")));
        web.findElement(By.id("product-picker-q")).sendKeys("parquet");
        waitFor(web, d -> {
            String found = d.findElement(By.id("product-picker-results")).getText();
            return found.contains("PARQ-CHENE") && !found.contains("PEINT");
        });
        Accessibility.settle(web);
        assertThat(Accessibility.seriousViolations(web)).isEmpty();
        browser.screenshots("quote-editor-product-picker");

        click(web, web.findElement(By.cssSelector("#product-picker-results .picker-item")));
        waitFor(web, ExpectedConditions.attributeToBe(By.id("l0-unitPrice"), "value", "45.50"));
        assertThat(web.findElement(By.id("l0-description")).getDomProperty("value"))
                .isEqualTo("Pose de parquet en chêne\nFourniture comprise");
        assertThat(web.findElement(By.id("l0-unit")).getDomProperty("value")).isEqualTo("m²");
        assertThat(web.findElement(By.id("l0-taxRate")).getDomProperty("value")).isEqualTo("20");
        assertThat(web.findElement(By.id("l0-quantity")).getDomProperty("value"))
                .isEqualTo("1");
        assertThat(web.findElements(By.id("l1-description"))).isEmpty();
        assertThat(web.findElement(By.id("total-gross")).getText()).contains("54.60");

        // a free-text line beside it still works
        click(web, web.findElement(By.id("add-item")));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("l1-description")));
        web.findElement(By.id("l1-description")).sendKeys("Déplacement");
        web.findElement(By.id("l1-unitPrice")).sendKeys("30");
        web.findElement(By.id("l1-taxRate")).sendKeys("20");
        Accessibility.settle(web);
        click(web, web.findElement(By.id("save-quote")));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("quote-number")));
        assertThat(web.findElement(By.tagName("main")).getText()).contains("Pose de parquet en chêne", "Déplacement");
        assertThat(web.findElement(By.id("quote-total")).getText()).contains("90.60");
        assertThat(pageErrors(browser))
                .as("console errors, CSP violations included")
                .isEmpty();
    }
}

package io.relance.quote;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.Accessibility;
import io.relance.BrowserTest;
import io.relance.party.ThirdPartyFixture;
import io.relance.shared.RelanceUser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In headless Chromium, a rep writes the example quote in the editor: lines added and moved with htmx, the
 * totals per tax rate recomputed by the server as he types, then saved; the editor, the quote page and the list
 * fit a phone, and axe-core finds nothing serious.
 */
class QuoteEditorBrowserTests extends BrowserTest {

    @Autowired
    ThirdPartyFixture thirdParties;

    @Test
    void aRepWritesAQuoteWithLinesAndSeesTheTotalsPerTaxRate() throws Exception {
        RelanceUser rep = fixture.create("Acme").rep("Zoé Rep");
        String tp = thirdParties.of(rep).named("Famille Lambert").createId();
        WebDriver web = signIn(rep);

        web.get(url("/quotes/new?thirdpartyId=" + tp));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("l0-description")));
        fillLine(web, 0, "Carrelage", "3", "100,00", "10", "20");
        click(web, web.findElement(By.id("add-item")));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("l1-description")));
        assertThat(web.findElement(By.id("l0-description")).getDomProperty("value"))
                .isEqualTo("Carrelage");
        fillLine(web, 1, "Colle", "1", "49,99", "0", "5,5");
        web.findElement(By.id("l1-taxRate")).sendKeys(Keys.TAB); // leaves the last field: its change reaches the server
        waitFor(web, ExpectedConditions.textToBePresentInElementLocated(By.id("total-gross"), "376.74"));
        assertThat(web.findElement(By.id("total-net")).getText()).contains("319.99");
        assertThat(web.findElement(By.id("total-tax")).getText()).contains("56.75");

        click(web, web.findElement(By.id("add-section")));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("l2-description")));
        web.findElement(By.id("l2-description")).sendKeys("Salle de bains");
        click(web, web.findElement(By.cssSelector("button[value='up:2']")));
        waitFor(web, ExpectedConditions.attributeToBe(By.id("l1-description"), "value", "Salle de bains"));
        Accessibility.settle(web);
        assertThat(Accessibility.seriousViolations(web)).isEmpty();
        browser.screenshots("quote-editor");

        click(web, web.findElement(By.id("save-quote")));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("quote-number")));
        assertThat(web.findElement(By.id("quote-total")).getText()).contains("376.74");
        assertThat(web.findElement(By.tagName("main")).getText()).contains("Salle de bains", "Quote created");
        Accessibility.settle(web);
        assertThat(Accessibility.seriousViolations(web)).isEmpty();
        browser.screenshots("quote-page");

        web.get(url("/quotes"));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("quote-rows")));
        assertThat(Accessibility.seriousViolations(web)).isEmpty();
        browser.screenshots("quote-list");

        web.get(url("/thirdparties/" + tp));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("quotes-panel")));
        assertThat(web.findElement(By.id("quotes-panel")).getText()).contains("Draft");
        assertThat(browser.consoleErrors())
                .as("console errors, CSP violations included (axe-core's own canvas notices aside)")
                .filteredOn(m -> !m.contains("Canvas2D"))
                .isEmpty();
    }

    private static void fillLine(
            WebDriver web, int i, String description, String qty, String price, String discount, String rate) {
        type(web, "l" + i + "-description", description);
        type(web, "l" + i + "-quantity", qty);
        type(web, "l" + i + "-unitPrice", price);
        type(web, "l" + i + "-discountPercent", discount);
        type(web, "l" + i + "-taxRate", rate);
    }

    private static void type(WebDriver web, String id, String text) {
        WebElement field = web.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}

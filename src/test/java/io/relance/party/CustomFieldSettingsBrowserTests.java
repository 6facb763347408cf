package io.relance.party;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.Accessibility;
import io.relance.BrowserTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In headless Chromium, the custom-field settings: the key follows the label as the admin types, "Choices" shows only
 * for choice types; the server derives an empty key and ignores choices for other types. The labels per language.
 */
class CustomFieldSettingsBrowserTests extends BrowserTest {

    @Autowired
    io.relance.party.customfield.CustomFieldManagement customFieldManagement;

    @Test
    void theKeyFollowsTheLabelAndChoicesShowOnlyForChoiceTypes() throws Exception {
        var acme = fixture.create("Menuiserie Köhler");
        WebDriver web = browser.driver();
        web.manage().deleteAllCookies();
        signIn(acme.admin());

        web.get(url("/settings/custom-fields"));
        WebElement label = web.findElement(By.id("cf-label"));
        WebElement key = web.findElement(By.id("cf-key"));
        WebElement choices = web.findElement(By.id("cf-options"));
        Select type = new Select(web.findElement(By.id("cf-type")));

        // "Choices" hidden for a text field, shown for a choice list
        assertThat(type.getFirstSelectedOption().getAttribute("value")).isEqualTo("TEXT");
        assertThat(choices.isDisplayed()).isFalse();
        type.selectByValue("CHOICE");
        assertThat(choices.isDisplayed()).isTrue();
        type.selectByValue("MULTI_CHOICE");
        assertThat(choices.isDisplayed()).isTrue();
        type.selectByValue("NUMBER");
        assertThat(choices.isDisplayed()).isFalse();

        // the key follows the label as it is typed
        label.sendKeys("Surface à rénover");
        assertThat(key.getAttribute("value")).isEqualTo("surface_a_renover");
        label.sendKeys(" (m²)");
        assertThat(key.getAttribute("value")).isEqualTo("surface_a_renover_m");
        Accessibility.screenshot(web, "custom-fields-typing");

        // a key of the admin's own is kept
        key.clear();
        key.sendKeys("surface");
        label.sendKeys(" totale");
        assertThat(key.getAttribute("value")).isEqualTo("surface");

        // sent with no key, the server derives it from the label
        key.clear();
        web.findElement(By.id("cf-create")).click();
        waitFor(
                web,
                ExpectedConditions.textToBePresentInElementLocated(
                        By.tagName("main"), "cf.surface_a_renover_m_totale"));
        assertThat(customFieldManagement.customFields(acme.id()))
                .singleElement()
                .satisfies(f -> assertThat(f.key()).isEqualTo("surface_a_renover_m_totale"));

        // choices typed for a choice list, then the type changed to text: the server ignores them
        web.findElement(By.id("cf-label")).sendKeys("Commentaire chantier");
        Select again = new Select(web.findElement(By.id("cf-type")));
        again.selectByValue("CHOICE");
        web.findElement(By.id("cf-options")).sendKeys("Oui\nNon");
        again.selectByValue("TEXT");
        web.findElement(By.id("cf-create")).click();
        waitFor(web, ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "cf.commentaire_chantier"));
        assertThat(customFieldManagement.customFields(acme.id()))
                .filteredOn(f -> f.key().equals("commentaire_chantier"))
                .singleElement()
                .satisfies(f -> assertThat(f.options()).isEmpty());
        assertThat(browser.consoleErrors())
                .as("console errors, CSP violations included")
                .isEmpty();
        // axe-core itself warns in the console (canvas read-backs): run after the page's own errors are checked
        assertThat(Accessibility.seriousViolations(web)).isEmpty();
    }

    @Test
    void theAdminTypesEachLanguagesLabelAndTheChoicesLabels() throws Exception {
        var acme = fixture.create("Scierie Vogel");
        WebDriver web = signIn(acme.admin());
        browser.consoleErrors(); // read (and so forget) what another test's axe-core run left in the console

        web.get(url("/settings/custom-fields"));
        web.findElement(By.id("cf-label")).sendKeys("Wood");
        new Select(web.findElement(By.id("cf-type"))).selectByValue("CHOICE");
        web.findElement(By.id("cf-options")).sendKeys("oak\nbeech");
        click(web, web.findElement(By.cssSelector("details.translations > summary")));
        web.findElement(By.id("cf-label-fr")).sendKeys("Essence");
        web.findElement(By.id("cf-label-de")).sendKeys("Holzart");
        // the choices' labels show for a choice type only
        assertThat(web.findElement(By.id("cf-choices-fr")).isDisplayed()).isTrue();
        new Select(web.findElement(By.id("cf-type"))).selectByValue("TEXT");
        assertThat(web.findElement(By.id("cf-choices-fr")).isDisplayed()).isFalse();
        new Select(web.findElement(By.id("cf-type"))).selectByValue("CHOICE");
        web.findElement(By.id("cf-choices-fr")).sendKeys("Chêne\nHêtre");
        web.findElement(By.id("cf-choices-de")).sendKeys("Eiche");
        Accessibility.screenshot(web, "custom-fields-translations-typing");
        click(web, web.findElement(By.id("cf-create")));
        new WebDriverWait(web, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "cf.wood"));
        assertThat(customFieldManagement.customFields(acme.id()))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.labels()).containsEntry("fr", "Essence").containsEntry("de", "Holzart");
                    assertThat(f.choiceLabels().get("oak"))
                            .containsEntry("fr", "Chêne")
                            .containsEntry("de", "Eiche");
                    assertThat(f.choiceLabels().get("beech")).containsOnlyKeys("fr");
                });

        // the field's own form shows them again, its translations open
        click(web, web.findElement(By.cssSelector("details.panel > summary")));
        String fieldId = customFieldManagement.customFields(acme.id()).get(0).id() + "-";
        assertThat(web.findElement(By.id(fieldId + "label-fr")).getAttribute("value"))
                .isEqualTo("Essence");
        assertThat(web.findElement(By.id(fieldId + "choices-de")).getAttribute("value"))
                .isEqualTo("Eiche\n");
        ((JavascriptExecutor) web)
                .executeScript("arguments[0].scrollIntoView()", web.findElement(By.cssSelector("details.panel")));
        browser.screenshots("custom-fields-translations");
        assertThat(browser.consoleErrors())
                .as("console errors, CSP violations included")
                .isEmpty();
        // axe-core warns in the console itself: run last, on the field's form with its translations open
        assertThat(Accessibility.seriousViolations(web)).isEmpty();
    }
}

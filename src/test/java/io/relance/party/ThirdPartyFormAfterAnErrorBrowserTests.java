package io.relance.party;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.Accessibility;
import io.relance.party.core.ThirdPartyDetails;
import io.relance.party.customfield.CustomFieldForm;
import io.relance.party.customfield.CustomFieldManagement;
import io.relance.party.customfield.CustomFieldType;
import io.relance.shared.RelanceUser;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In headless Chromium: the edit page with a wrong e-mail and a wrong custom number shows both errors at once; once
 * corrected, the same page saves (its version came back with it).
 */
class ThirdPartyFormAfterAnErrorBrowserTests extends PartyBrowserTest {

    @Autowired
    CustomFieldManagement customFields;

    @Test
    void theEditPageShowsEveryErrorAtOnceAndSavesOnceCorrected() throws Exception {
        var acme = fixture.create("Acme");
        customFields.defineCustomField(
                acme.admin(),
                new CustomFieldForm("budget", "Budget", CustomFieldType.NUMBER, List.of(), false, 1, null));
        RelanceUser rep = acme.rep("Rep");
        ThirdPartyDetails d = records.of(rep).lambert().custom("budget", 12000).create();
        String record = url("/thirdparties/" + d.thirdParty().id().value());

        WebDriver web = signIn(rep);
        WebDriverWait wait = new WebDriverWait(web, Duration.ofSeconds(10));
        web.get(record + "/edit");
        type(web, "email", "not an e-mail");
        type(web, "cf-budget", "twelve");
        type(web, "city", "Villeurbanne");
        click(web, web.findElement(By.id("save-thirdparty")));

        // both errors at once, what was typed kept
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("email-error")));
        assertThat(web.findElement(By.id("email")).getAttribute("class")).contains("is-invalid");
        assertThat(web.findElement(By.id("cf-budget")).getAttribute("class")).contains("is-invalid");
        assertThat(web.findElement(By.id("cf-budget")).getAttribute("value")).isEqualTo("twelve");
        assertThat(web.findElement(By.id("city")).getAttribute("value")).isEqualTo("Villeurbanne");
        assertThat(web.findElement(By.id("main")).getText())
                .contains("Not a valid e-mail address.", "Not a valid number.");
        browser.screenshots("thirdparty-edit-errors");
        assertThat(browser.consoleErrors())
                .as("console errors, CSP violations included")
                .isEmpty();
        Accessibility.settle(web);
        assertThat(Accessibility.seriousViolations(web)).isEmpty();
        browser.consoleErrors(); // what axe-core's contrast check logs (its canvas readbacks) is not the page's
        assertThat(management.get(rep, d.thirdParty().id()).thirdParty().city()).isEqualTo("Lyon");

        // corrected, it saves
        type(web, "email", "famille@lambert.test");
        type(web, "cf-budget", "12500,5");
        click(web, web.findElement(By.id("save-thirdparty")));
        wait.until(ExpectedConditions.urlToBe(record));
        assertThat(web.findElement(By.id("facts")).getText()).contains("famille@lambert.test", "Villeurbanne");
        ThirdPartyDetails saved = management.get(rep, d.thirdParty().id());
        assertThat(saved.thirdParty().email()).isEqualTo("famille@lambert.test");
        assertThat(saved.customFields().get("budget").toString()).isEqualTo("12500.5");
        browser.screenshots("thirdparty-edit-saved-after-error");
        assertThat(browser.consoleErrors())
                .as("console errors, CSP violations included")
                .isEmpty();
    }

    private static void type(WebDriver web, String id, String text) {
        WebElement field = web.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}

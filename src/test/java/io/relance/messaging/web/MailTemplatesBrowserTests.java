package io.relance.messaging.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.Accessibility;
import io.relance.BrowserTest;
import io.relance.shared.RelanceUser;
import io.relance.workspace.ProfileChanges;
import io.relance.workspace.WorkspaceManagement;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In headless Chromium, an admin reading German: Settings → E-mail templates says mail is not set up, lists the
 * kinds; the French template's page previews what is typed in place (htmx), an unknown field shown in the preview,
 * then saves. No serious accessibility violation, no sideways scrolling at 360 and 1366 px, no console error.
 */
class MailTemplatesBrowserTests extends BrowserTest {

    @Autowired
    WorkspaceManagement workspaces;

    @Test
    void anAdminPreviewsAndSavesATemplateOnTheSettingsTab() throws Exception {
        var acme = fixture.create("Rénovations Lambert & Fils");
        RelanceUser admin = acme.admin();
        workspaces.updateProfile(
                admin, new ProfileChanges(workspaces.profile(admin).version(), admin.displayName(), "de", null, null));
        WebDriver web = signIn(workspaces.reload(acme.id(), admin.userId()).orElseThrow());

        web.get(url("/settings/mail-templates"));
        assertThat(web.findElement(By.id("mail-status")).getText()).contains("nicht eingerichtet");
        assertThat(web.findElement(By.tagName("main")).getText()).contains("Versand eines Angebots");
        assertThat(Accessibility.seriousViolations(web)).isEmpty();
        browser.screenshots("mail-templates-de");

        click(web, web.findElement(By.id("edit-quote.send-fr"))); // below the two acceptance kinds
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("template-form")));
        WebElement body = web.findElement(By.id("body"));
        body.clear();
        body.sendKeys("Bonjour {{client.name}} <b>{{client.nom}}</b>");
        click(web, web.findElement(By.id("preview-template")));
        waitFor(web, ExpectedConditions.textToBePresentInElementLocated(By.id("template-preview"), "client.nom"));
        assertThat(web.getCurrentUrl()).endsWith("/settings/mail-templates/quote.send/fr");

        body = web.findElement(By.id("body"));
        body.clear();
        body.sendKeys("Bonjour {{client.name}} <b>gras</b>,\n\n{{quote.link}}\n{{sender.signature}}");
        click(web, web.findElement(By.id("preview-template")));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("preview-text")));
        assertThat(web.findElement(By.id("preview-text")).getText())
                .startsWith("Bonjour Claire Lambert <b>gras</b>,")
                .contains("https://relance.example.com/q/");
        assertThat(web.findElements(By.cssSelector("#preview-text b"))).isEmpty();
        assertThat(Accessibility.seriousViolations(web)).isEmpty();
        browser.screenshots("mail-template-fr");

        click(web, web.findElement(By.id("save-template")));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("reset-template")));
        assertThat(web.findElement(By.id("body")).getAttribute("value"))
                .startsWith("Bonjour {{client.name}} <b>gras</b>");
        web.get(url("/settings/mail-templates"));
        assertThat(web.findElement(By.tagName("main")).getText()).contains("Eigener");

        assertThat(browser.consoleErrors())
                .as("console errors, CSP violations included (axe-core's own canvas notice aside)")
                .filteredOn(e -> !e.contains("willReadFrequently"))
                .isEmpty();
    }
}

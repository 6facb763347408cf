package io.relance.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.BrowserTest;
import io.relance.shared.RelanceUser;
import io.relance.shared.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** In headless Chromium: sign in, create a sales rep, switch to French and read French. */
class FoundationBrowserTests extends BrowserTest {

    @Autowired
    WorkspaceManagement workspaces;

    @Test
    void anAdminSignsInCreatesASalesRepAndSwitchesToFrench() throws Exception {
        var acme = fixture.create("Rénovations Lambert");
        WebDriver web = signIn(acme.admin());
        waitFor(web, ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Good day"));
        browser.screenshots("home");

        web.get(url("/settings/users/new"));
        web.findElement(By.id("email")).sendKeys("zoe.rep@lambert.test");
        web.findElement(By.id("displayName")).sendKeys("Zoé <b>Rep</b>");
        new Select(web.findElement(By.id("role"))).selectByValue("SALES_REP");
        web.findElement(By.id("save-user")).click();
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("temporary-password")));
        assertThat(web.findElement(By.id("temporary-password")).getText()).hasSizeGreaterThanOrEqualTo(16);
        // what was typed is shown as text, not markup
        assertThat(web.findElement(By.linkText("Zoé <b>Rep</b>")).isDisplayed()).isTrue();
        assertThat(web.findElements(By.xpath("//td/a/b"))).isEmpty();
        assertThat(workspaces.signInCandidate("zoe.rep@lambert.test"))
                .get()
                .extracting(RelanceUser::role)
                .isEqualTo(Role.SALES_REP);
        browser.screenshots("users");

        web.get(url("/profile"));
        new Select(web.findElement(By.id("locale"))).selectByValue("fr");
        web.findElement(By.id("save-profile")).click();
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash-area")));
        assertThat(web.findElement(By.cssSelector(".flash-area")).getText()).isEqualTo("Profil enregistré.");
        assertThat(web.findElement(By.cssSelector(".nav-main")).getText()).contains("Ma journée");
        assertThat(web.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        browser.screenshots("profile-fr");

        assertThat(browser.consoleErrors())
                .as("console errors, CSP violations included")
                .isEmpty();
    }
}

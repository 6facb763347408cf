package io.relance.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.relance.Browser;
import io.relance.TestDatabases;
import io.relance.shared.RelanceUser;
import io.relance.workspace.WorkspaceFixture;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/** In headless Chromium: the new-third-party form warns about possible duplicates as the rep types. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabases.class)
@ExtendWith(TestDatabases.class)
class ThirdPartyDuplicatesBrowserTests {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    WorkspaceFixture fixture;

    @Autowired
    ThirdPartyFixture records;

    @BeforeAll
    static void startBrowser() {
        if (!"true".equalsIgnoreCase(System.getenv("CI"))) {
            assumeTrue(Browser.available(), "Chromium and chromedriver not installed: browser tests skipped");
        }
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

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

        WebDriver web = browser.driver();
        web.get(url("/login"));
        web.findElement(By.id("username")).sendKeys(bob.email());
        web.findElement(By.id("password")).sendKeys(WorkspaceFixture.PASSWORD);
        web.findElement(By.cssSelector("main button[type=submit]")).click();
        WebDriverWait wait = new WebDriverWait(web, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("global-search")));

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

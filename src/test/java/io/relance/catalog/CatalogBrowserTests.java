package io.relance.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.Accessibility;
import io.relance.BrowserTest;
import io.relance.shared.RelanceUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In headless Chromium: a manager types a product with a bad price, sees the error beside it, corrects it and finds
 * the product in the list; the picker finds it as he types and hands its line to the page. Screenshots at desktop
 * and phone widths, no serious accessibility violation, no sideways scroll.
 */
class CatalogBrowserTests extends BrowserTest {

    private static final String WORKSPACE_PASSWORD = io.relance.workspace.WorkspaceFixture.PASSWORD;

    @Autowired
    CatalogFixture catalog;

    @Autowired
    io.relance.workspace.WorkspaceManagement workspaceManagement;

    @Test
    void aManagerTypesAProductAndThePickerFindsIt() throws Exception {
        var acme = fixture.create("Rénovations Lambert");
        RelanceUser manager = acme.manager("Marc Manager");
        catalog.product(acme.admin(), "PEINT-01", "Peinture murale deux couches", "25", Map.of("unit", "m²"));
        WebDriver web = browser.driver();
        web.manage().deleteAllCookies();
        signIn(manager);
        List<String> problems = new ArrayList<>();

        web.get(url("/catalog/new"));
        web.findElement(By.id("reference")).sendKeys("PARQ-CHENE");
        web.findElement(By.id("label")).sendKeys("Pose de parquet en chêne massif");
        web.findElement(By.id("description")).sendKeys("Fourniture comprise, finition vitrifiée");
        web.findElement(By.id("unit")).sendKeys("m²");
        web.findElement(By.id("unitPrice")).sendKeys("45,555");
        click(web, web.findElement(By.id("save-product")));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("unitPrice-error")));
        assertThat(web.findElement(By.id("unitPrice")).getAttribute("value")).isEqualTo("45,555");
        assertThat(web.findElement(By.id("label")).getAttribute("value")).isEqualTo("Pose de parquet en chêne massif");
        Accessibility.seriousViolations(web).forEach(v -> problems.add("form with an error: " + v));
        browser.screenshots("catalog-product-form-error");

        web.findElement(By.id("unitPrice")).clear();
        web.findElement(By.id("unitPrice")).sendKeys("45,50");
        click(web, web.findElement(By.id("save-product")));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("product-table")));
        assertThat(web.findElement(By.id("product-table")).getText())
                .contains("PARQ-CHENE", "Pose de parquet en chêne massif", "€45.50");
        Accessibility.seriousViolations(web).forEach(v -> problems.add("list: " + v));
        browser.screenshots("catalog-list");

        web.get(url("/catalog/picker"));
        ((JavascriptExecutor) web)
                .executeScript("document.addEventListener('relance:product-picked',"
                        + " function (e) { window.picked = e.detail; });");
        web.findElement(By.id("picker-q")).sendKeys("parquet");
        // focusing the box listed the first products; typing narrows them down
        waitFor(web, d -> {
            String found = d.findElement(By.id("picker-results")).getText();
            return found.contains("PARQ-CHENE") && !found.contains("PEINT-01");
        });
        Accessibility.settle(web);
        assertThat(web.findElement(By.id("picker-results")).getText())
                .contains("PARQ-CHENE", "€45.50")
                .doesNotContain("Peinture");
        Accessibility.seriousViolations(web).forEach(v -> problems.add("picker: " + v));
        browser.screenshots("catalog-picker");
        click(web, web.findElement(By.cssSelector("#picker-results .picker-item")));
        @SuppressWarnings("unchecked")
        Map<String, Object> picked =
                (Map<String, Object>) ((JavascriptExecutor) web).executeScript("return window.picked;");
        assertThat(picked)
                .containsEntry("label", "Pose de parquet en chêne massif")
                .containsEntry("description", "Fourniture comprise, finition vitrifiée")
                .containsEntry("unit", "m²")
                .containsEntry("unitPrice", "45.50")
                .containsEntry("taxRate", "20");

        web.manage().deleteAllCookies();
        signIn(acme.admin());
        web.get(url("/settings/tax-rates"));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("tax-rate-table")));
        Accessibility.seriousViolations(web).forEach(v -> problems.add("tax rates: " + v));
        browser.screenshots("catalog-tax-rates");
        assertThat(problems).isEmpty();
        // axe-core itself warns in the console about canvas read-backs; anything else (a CSP violation) fails
        assertThat(browser.consoleErrors())
                .as("console errors, CSP violations included")
                .filteredOn(e -> !e.contains("willReadFrequently"))
                .isEmpty();
    }

    /**
     * Every page of the catalogue in English, French, Spanish and German, on a phone and a desktop: no serious
     * accessibility violation, no sideways scroll, no word broken inside a button or a label.
     */
    @Test
    void everyCataloguePageReadsWellInFourLanguages() throws Exception {
        var acme = fixture.create("Menuiserie Köhler & Söhne");
        String product = catalog.product(
                        acme.admin(),
                        "FENETRE-PVC-DOUBLE",
                        "Fenêtre PVC double vitrage, pose en rénovation",
                        "1234.5",
                        Map.of("unit", "pcs", "costPrice", "800"))
                .product()
                .id()
                .toString();
        String rate = catalog.rate(acme.admin(), "5.5").id().toString();
        List<String> problems = new ArrayList<>();
        WebDriver web = browser.driver();
        for (String language : List.of("en", "fr", "es", "de")) {
            String email = "admin-" + language + "-" + java.util.UUID.randomUUID() + "@relance.test";
            workspaceManagement.createUser(
                    acme.admin(),
                    new io.relance.workspace.NewUser(
                            email, "Ada " + language, io.relance.shared.Role.ADMIN, language, WORKSPACE_PASSWORD));
            web.manage().deleteAllCookies();
            signIn(workspaceManagement.signInCandidate(email).orElseThrow());
            for (String path : List.of(
                    "/catalog",
                    "/catalog/new",
                    "/catalog/" + product,
                    "/catalog/picker?q=fenetre",
                    "/settings/tax-rates",
                    "/settings/tax-rates/" + rate)) {
                for (int width : new int[] {360, 1366}) {
                    Accessibility.resize(web, width, width < 500 ? 780 : 900);
                    web.get(url(path));
                    Accessibility.settle(web);
                    String where = language + " " + path + " @" + width + ": ";
                    Accessibility.sidewaysOverflow(web).forEach(v -> problems.add(where + v));
                    Accessibility.cutWords(web).forEach(v -> problems.add(where + v));
                    if (width < 500) {
                        Accessibility.seriousViolations(web).forEach(v -> problems.add(where + v));
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}

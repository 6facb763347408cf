package io.relance;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.party.ThirdPartyFixture;
import io.relance.shared.RelanceUser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every main page, signed out and signed in, at phone (360 px) and desktop (1366 px) widths: axe-core finds no serious
 * or critical violation and the page does not scroll sideways. Screenshots in target/screenshots/a11y-*.png.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {TestDatabases.FRESH + "=a11y", "relance.signup.enabled=true"})
class PagesAccessibilityBrowserTests extends BrowserTest {

    static final int[] WIDTHS = {360, 1366};

    @Autowired
    ThirdPartyFixture records;

    @Autowired
    io.relance.party.core.ThirdPartyTimeline thirdPartyTimeline;

    @Test
    void everyMainPageHasNoSeriousViolationAndFitsPhoneAndDesktopWidths() {
        WebDriver web = browser.driver();
        List<String> problems = new ArrayList<>();

        // before the first workspace exists: the set-up page
        for (int width : WIDTHS) {
            check(web, problems, "setup", "/setup", width);
        }

        var acme = fixture.create("Rénovations Lambert & Fils");
        RelanceUser admin = acme.admin();
        var lambert = records.of(admin)
                .named("Famille Lambert-Dubois")
                .withPhone("06 12 34 56 78")
                .withEmail("famille.lambert@example.test")
                .in("Villeurbanne")
                .tagged("Chantier", "Recommandé")
                .create();
        var twin = records.of(admin)
                .named("Lambert Dubois")
                .withPhone("06 12 34 56 78")
                .in("Lyon")
                .create();
        for (int i = 0; i < 6; i++) {
            records.of(admin)
                    .named("Prospect numéro " + i)
                    .in("Saint-Étienne-de-Saint-Geoirs")
                    .create();
        }
        String id = lambert.thirdParty().id().value().toString();
        thirdPartyTimeline.attach(
                admin,
                lambert.thirdParty().id(),
                "devis-cuisine.txt",
                "Devis cuisine : 12 500 €, pose comprise. Rappeler lundi.\n"
                        .repeat(2)
                        .substring(0, 74)
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        for (int width : WIDTHS) {
            web.manage().deleteAllCookies();
            check(web, problems, "login", "/login", width);
            check(web, problems, "signup", "/signup", width);
        }

        signIn(admin);

        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("list", "/thirdparties");
        pages.put("new", "/thirdparties/new");
        pages.put("edit", "/thirdparties/" + id + "/edit");
        pages.put("record", "/thirdparties/" + id);
        pages.put(
                "merge",
                "/thirdparties/" + id + "/merge?duplicate="
                        + twin.thirdParty().id().value());
        pages.put("settings", "/settings");
        pages.put("users", "/settings/users");
        pages.put("user-new", "/settings/users/new");
        pages.put("custom-fields", "/settings/custom-fields");
        pages.put("numbering", "/settings/numbering");
        pages.put("profile", "/profile");
        pages.put("tokens", "/profile/tokens");
        pages.put("not-found", "/thirdparties/00000000-0000-0000-0000-000000000000");
        for (int width : WIDTHS) {
            pages.forEach((name, path) -> check(web, problems, name, path, width));
        }
        // a 74-byte file shows its bytes, not "0 KB"
        web.get(url("/thirdparties/" + id));
        assertThat(web.findElement(By.tagName("main")).getText())
                .containsPattern("74[ \u00a0]B")
                .doesNotContain("0 KB");

        // signed in, a page not found keeps the navigation
        web.get(url("/thirdparties/00000000-0000-0000-0000-000000000000"));
        assertThat(web.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
        assertThat(web.findElements(By.cssSelector("nav.sidebar .nav-main"))).isNotEmpty();

        // a sales rep on an admin's page: 403, with the navigation too
        RelanceUser rep = acme.rep("Zoé Rep");
        web.manage().deleteAllCookies();
        signIn(rep);
        for (int width : WIDTHS) {
            check(web, problems, "forbidden", "/settings/users", width);
            assertThat(web.findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
            assertThat(web.findElements(By.cssSelector(width < 768 ? "nav.bottom-bar a" : "nav.sidebar .nav-main a")))
                    .isNotEmpty();
        }
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1440, 900));

        assertThat(problems).as("accessibility and width problems").isEmpty();
    }

    void check(WebDriver web, List<String> problems, String name, String path, int width) {
        String only = System.getProperty("relance.test.pages", "");
        if (!only.isBlank() && !List.of(only.split(",")).contains(name)) {
            return;
        }
        Accessibility.resize(web, width, width < 500 ? 780 : 900);
        web.get(url(path));
        Accessibility.settle(web);
        Accessibility.screenshot(web, "a11y-" + name + "-" + width);
        String where = name + " @" + width + " (" + path + "): ";
        Accessibility.seriousViolations(web).forEach(v -> problems.add(where + v));
        Accessibility.sidewaysOverflow(web).forEach(v -> problems.add(where + v));
        Accessibility.cutWords(web).forEach(v -> problems.add(where + v));
        if (width >= 1366 && name.equals("list")) {
            // the default columns fit a desktop screen: the table does not scroll inside its box either
            Accessibility.scrollsSideways(web, ".table-sticky").forEach(v -> problems.add(where + v));
            // with more columns the box scrolls, the name staying in view
            Object sticky = ((org.openqa.selenium.JavascriptExecutor) web)
                    .executeScript("return getComputedStyle(document.querySelector('td.cell-name')).position;");
            if (!"sticky".equals(sticky)) {
                problems.add(where + "the name column is not sticky (" + sticky + ")");
            }
        }
    }
}

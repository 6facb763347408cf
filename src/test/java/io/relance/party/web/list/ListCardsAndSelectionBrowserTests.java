package io.relance.party.web.list;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.Accessibility;
import io.relance.party.PartyBrowserTest;
import io.relance.party.ThirdPartyId;
import io.relance.shared.RelanceUser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The third-party list in Chromium (issue 9): cards with a call button on a phone, the table on a desktop; select-all
 * ticks the rows shown and says how many, the bulk bar hides when the selection is cleared, a bulk change still
 * works; the trash offers only the restore. axe-core on each state.
 */
class ListCardsAndSelectionBrowserTests extends PartyBrowserTest {

    private final List<String> problems = new ArrayList<>();

    @Test
    void cardsOnAPhoneSelectAllWithItsCountAndATrashThatOnlyRestores() throws Exception {
        var acme = fixture.create("Rénovations Lambert");
        RelanceUser admin = acme.admin();
        String lambert = id(records.of(admin)
                .named("Famille Lambert-Dubois")
                .withPhone("06 12 34 56 78")
                .in("Villeurbanne")
                .tagged("Chantier")
                .create());
        String dupont = id(records.of(admin).named("Dupont SARL").in("Lyon").create());
        for (int i = 1; i <= 50; i++) {
            records.of(admin).named("Prospect %02d".formatted(i)).create();
        }
        WebDriver web = signIn(admin);
        JavascriptExecutor js = (JavascriptExecutor) web;

        // --- desktop: the table, its default columns fitting 1366 px, the name sticky, no bar until a row is ticked
        Accessibility.resize(web, 1366, 768);
        web.get(url("/thirdparties"));
        Accessibility.settle(web);
        assertThat(web.findElement(By.id("bulk-form")).isDisplayed()).isFalse();
        assertThat(web.findElement(By.cssSelector("#row-" + lambert + " td.cell-card"))
                        .isDisplayed())
                .as("no card cell on a desktop")
                .isFalse();
        assertThat(Accessibility.scrollsSideways(web, ".table-sticky")).isEmpty();
        assertThat(js.executeScript("return getComputedStyle(document.querySelector('td.cell-name')).position;"))
                .isEqualTo("sticky");
        check(web, "list-1366");

        // select-all ticks every row shown and says how many, for screen readers too
        web.findElement(By.id("select-all")).click();
        waitFor(web, ExpectedConditions.visibilityOfElementLocated(By.id("bulk-form")));
        assertThat(ticked(web)).isEqualTo(50);
        assertThat(web.findElement(By.id("bulk-count")).getText()).isEqualTo("50 selected");
        assertThat(web.findElement(By.id("bulk-live")).getAttribute("textContent"))
                .isEqualTo("50 selected");
        // "More" brings rows that are not ticked: select-all is then half-ticked, and ticks them all again
        more(web);
        waitFor(web, d -> d.findElements(By.name("ids")).size() == 52);
        Accessibility.settle(web);
        assertThat(ticked(web)).isEqualTo(50);
        assertThat(js.executeScript("return document.getElementById('select-all').indeterminate;"))
                .isEqualTo(true);
        js.executeScript(
                "window.scrollTo({top: 0, behavior: 'instant'}); document.querySelector('.table-sticky').scrollTop = 0;");
        web.findElement(By.id("select-all")).click();
        waitFor(web, ExpectedConditions.textToBe(By.id("bulk-count"), "52 selected"));
        assertThat(ticked(web)).isEqualTo(52);
        check(web, "list-selection-1366");
        browser.screenshots("list-selection");

        // clearing the selection hides the bar
        web.findElement(By.id("bulk-clear")).click();
        waitFor(web, ExpectedConditions.invisibilityOfElementLocated(By.id("bulk-form")));
        assertThat(ticked(web)).isZero();
        assertThat(web.findElement(By.id("select-all")).isSelected()).isFalse();
        // unticking the last row hides it too
        web.findElement(By.cssSelector("#row-" + dupont + " input[name=ids]")).click();
        waitFor(web, ExpectedConditions.textToBe(By.id("bulk-count"), "1 selected"));
        web.findElement(By.cssSelector("#row-" + dupont + " input[name=ids]")).click();
        waitFor(web, ExpectedConditions.invisibilityOfElementLocated(By.id("bulk-form")));

        // a row changed in place (htmx) stays ticked
        web.findElement(By.cssSelector("#row-" + lambert + " input[name=ids]")).click();
        js.executeScript("window.relanceNoReload = true;");
        new Select(web.findElement(By.id("status-" + lambert))).selectByValue("TO_CONTACT");
        waitFor(web, ExpectedConditions.attributeContains(By.id("status-" + lambert), "class", "status-TO_CONTACT"));
        Accessibility.settle(web);
        assertThat(web.findElement(By.cssSelector("#row-" + lambert + " input[name=ids]"))
                        .isSelected())
                .isTrue();
        assertThat(web.findElement(By.id("bulk-count")).getText()).isEqualTo("1 selected");
        assertThat(js.executeScript("return window.relanceNoReload === true;")).isEqualTo(true);

        // a bulk change still works
        web.findElement(By.cssSelector("#row-" + dupont + " input[name=ids]")).click();
        waitFor(web, ExpectedConditions.textToBe(By.id("bulk-count"), "2 selected"));
        new Select(web.findElement(By.id("bulk-status"))).selectByValue("CONTACTED");
        web.findElement(By.id("bulk-apply")).click();
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash-area .alert-success")));
        assertThat(web.findElement(By.cssSelector(".flash-area")).getText()).contains("2 third parties changed");
        assertThat(new Select(web.findElement(By.id("status-" + lambert)))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("CONTACTED");
        assertThat(new Select(web.findElement(By.id("status-" + dupont)))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("CONTACTED");
        assertThat(web.findElement(By.id("bulk-form")).isDisplayed()).isFalse();
        browser.screenshots("list");

        // --- phone: cards (name, status, last activity, a call button), no sideways scroll, the navigation in view
        Accessibility.resize(web, 360, 780);
        web.get(url("/thirdparties"));
        Accessibility.settle(web);
        WebElement card = web.findElement(By.id("row-" + lambert));
        assertThat(card.findElement(By.cssSelector(".cell-name")).isDisplayed()).isTrue();
        assertThat(card.findElement(By.cssSelector(".cell-status select")).isDisplayed())
                .isTrue();
        assertThat(card.findElement(By.cssSelector(".cell-card")).getText()).contains("Changed ");
        assertThat(card.findElement(By.cssSelector("td.text-nowrap code")).isDisplayed())
                .as("the code is not on the card")
                .isFalse();
        WebElement call = card.findElement(By.cssSelector("a.card-call"));
        assertThat(call.getAttribute("href")).isEqualTo("tel:+33612345678");
        assertThat(call.getAttribute("aria-label")).isEqualTo("Call Famille Lambert-Dubois");
        js.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", call);
        assertThat(js.executeScript(
                        "var r = arguments[0].getBoundingClientRect();"
                                + "return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)"
                                + ".closest('a') === arguments[0];",
                        call))
                .as("the call button can be tapped")
                .isEqualTo(true);
        assertThat(web.findElement(By.id("row-" + dupont)).findElements(By.cssSelector("a.card-call")))
                .as("no call button without a phone")
                .isEmpty();
        assertThat(js.executeScript("var r = document.querySelector('#row-" + lambert
                        + "').getBoundingClientRect(); return r.width <= window.innerWidth;"))
                .isEqualTo(true);
        assertBottomBarInView(web);
        check(web, "list-360");

        // select-all on a phone, the bar above the bottom navigation
        WebElement selectAllLabel = web.findElement(By.cssSelector("label[for=select-all]"));
        assertThat(selectAllLabel.isDisplayed()).isTrue();
        selectAllLabel.click();
        waitFor(web, ExpectedConditions.textToBe(By.id("bulk-count"), "50 selected"));
        js.executeScript("window.scrollTo({top: document.body.scrollHeight / 2, behavior: 'instant'});");
        assertThat(js.executeScript("var bar = document.getElementById('bulk-form').getBoundingClientRect(),"
                        + " nav = document.querySelector('nav.bottom-bar').getBoundingClientRect();"
                        + "return bar.bottom <= nav.top + 1 && bar.top >= 0;"))
                .as("the bulk bar stays in view above the bottom navigation")
                .isEqualTo(true);
        assertBottomBarInView(web);
        check(web, "list-selection-360");

        // the next page comes as cards too
        more(web);
        waitFor(web, d -> d.findElements(By.name("ids")).size() == 52);
        Accessibility.settle(web);
        assertThat(Accessibility.sidewaysOverflow(web)).isEmpty();
        Accessibility.resize(web, 1440, 900);

        // --- the trash: the restore only, no selection, no segment
        management.delete(admin, new ThirdPartyId(java.util.UUID.fromString(dupont)));
        web.get(url("/thirdparties?deleted=true"));
        Accessibility.settle(web);
        assertThat(web.findElements(By.id("bulk-form"))).isEmpty();
        assertThat(web.findElements(By.id("select-all"))).isEmpty();
        assertThat(web.findElements(By.name("ids"))).isEmpty();
        assertThat(web.findElements(By.id("segment-form"))).isEmpty();
        assertThat(web.findElement(By.id("row-" + dupont)).getText()).contains("Restore");
        browser.screenshots("list-trash");
        for (int width : new int[] {360, 1366}) {
            Accessibility.resize(web, width, width < 500 ? 780 : 768);
            check(web, "list-trash-" + width);
        }
        Accessibility.resize(web, 1440, 900);

        // --- in French, the count follows French plural forms
        web.get(url("/profile"));
        new Select(web.findElement(By.id("locale"))).selectByValue("fr");
        web.findElement(By.id("save-profile")).click();
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash-area")));
        web.get(url("/thirdparties"));
        web.findElement(By.cssSelector("#row-" + lambert + " input[name=ids]")).click();
        waitFor(web, ExpectedConditions.textToBe(By.id("bulk-count"), "1 sélectionné"));
        web.findElements(By.name("ids")).get(1).click();
        waitFor(web, ExpectedConditions.textToBe(By.id("bulk-count"), "2 sélectionnés"));
        check(web, "list-selection-fr-1440");

        assertThat(problems).as("accessibility and width problems").isEmpty();
        // axe-core's colour checks read canvases back, which Chromium notes as a warning: not the page's fault
        assertThat(browser.consoleErrors().stream().filter(m -> !m.contains("willReadFrequently")))
                .as("console errors, CSP violations included")
                .isEmpty();
    }

    private static String id(io.relance.party.core.ThirdPartyDetails d) {
        return d.thirdParty().id().value().toString();
    }

    /** "More", scrolled to the middle of the screen as a user would, clear of the bar floating at the bottom. */
    private static void more(WebDriver web) {
        WebElement more = web.findElement(By.cssSelector("#load-more-row a"));
        ((JavascriptExecutor) web)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", more);
        more.click();
    }

    private static long ticked(WebDriver web) {
        return web.findElements(By.name("ids")).stream()
                .filter(WebElement::isSelected)
                .count();
    }

    private static void assertBottomBarInView(WebDriver web) {
        WebElement bar = web.findElement(By.cssSelector("nav.bottom-bar"));
        assertThat(bar.isDisplayed()).isTrue();
        assertThat(((JavascriptExecutor) web)
                        .executeScript(
                                "var r = arguments[0].getBoundingClientRect();"
                                        + "return r.top >= 0 && r.bottom <= window.innerHeight + 1"
                                        + " && r.left >= 0 && r.right <= window.innerWidth + 1;",
                                bar))
                .as("the bottom navigation is in view")
                .isEqualTo(true);
    }

    /** axe-core, the page's width and words cut: what is wrong goes to the problems, named after the state. */
    private void check(WebDriver web, String state) {
        Accessibility.screenshot(web, "a11y-" + state);
        Accessibility.seriousViolations(web).forEach(v -> problems.add(state + ": " + v));
        Accessibility.sidewaysOverflow(web).forEach(v -> problems.add(state + ": " + v));
        Accessibility.cutWords(web).forEach(v -> problems.add(state + ": " + v));
    }
}

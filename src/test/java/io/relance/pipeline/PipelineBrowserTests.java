package io.relance.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.Accessibility;
import io.relance.BrowserTest;
import io.relance.FourLanguages;
import io.relance.party.ThirdPartyFixture;
import io.relance.party.ThirdPartyId;
import io.relance.shared.RelanceUser;
import io.relance.workspace.WorkspaceFixture.Team;
import io.relance.workspace.WorkspaceManagement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A rep works a deal in the browser: reads the board and the deal's page in the four languages (axe, nothing sideways,
 * no word cut at 360 and 1366 px), moves the deal with a card's own form (no script needed), drags it to another
 * column, and logs a visit on its page, which moves it to "1st visit" — at 375 px, without a console error (CSP).
 */
class PipelineBrowserTests extends BrowserTest {

    private static final Map<String, String> CANCELLED =
            Map.of("en", "Cancelled", "fr", "Annulation", "es", "Cancelación", "de", "Annullierung");

    @Autowired
    private ThirdPartyFixture thirdParties;

    @Autowired
    private WorkspaceManagement workspaces;

    @Autowired
    private Deals deals;

    @Test
    void aRepMovesADealOnTheBoardAndLogsAVisitInFourLanguages() throws Exception {
        Team team = fixture.team();
        RelanceUser alice = team.alice();
        ThirdPartyId lambert =
                new ThirdPartyId(thirdParties.of(alice).named("Famille Lambert").createUuid());
        String deal = deals.openOrAdvance(
                        team.acme().id(), "sale", lambert, null, null, DealActionType.MATCHING_EMAIL, null, null, null)
                .id()
                .toString();

        FourLanguages.Read read = FourLanguages.read(
                this,
                workspaces,
                team.acme().id(),
                alice,
                List.of("/deals/board", "/deals/" + deal, "/deals?pipeline=sale"),
                (web, language) -> {
                    web.get(url("/deals/board"));
                    assertThat(web.findElement(By.id("column-title-cancelled")).getText())
                            .isEqualTo(CANCELLED.get(language));
                });
        assertThat(read.problems()).isEmpty();
        WebDriver web = read.web();
        Accessibility.resize(web, 375, 800);

        // without script: the card's own form
        web.get(url("/deals/board"));
        new Select(web.findElement(By.id("move-" + deal))).selectByValue("inquiry-received");
        click(web, web.findElement(By.cssSelector("#deal-" + deal + " form.deal-move button")));
        waitFor(
                web,
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#column-inquiry-received #deal-" + deal)));

        // with script: dragged onto another column (the card's form posts, the board comes back)
        var before = web.findElement(By.id("deal-" + deal));
        ((JavascriptExecutor) web).executeScript("""
                        const card = document.getElementById(arguments[0]);
                        const column = document.getElementById(arguments[1]);
                        const data = new DataTransfer();
                        card.dispatchEvent(new DragEvent('dragstart', {bubbles: true, dataTransfer: data}));
                        column.dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: data}));
                        column.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: data}));
                        """, "deal-" + deal, "column-documentation-sent");
        waitFor(web, ExpectedConditions.stalenessOf(before));
        waitFor(
                web,
                ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#column-documentation-sent #deal-" + deal)));
        Accessibility.settle(web);
        Accessibility.screenshot(web, "pipeline-board-375");
        assertThat(Accessibility.seriousViolations(web)).isEmpty();
        assertThat(Accessibility.sidewaysOverflow(web)).isEmpty();

        // a visit logged on the deal's page moves it by the rules (the user reads German now)
        web.get(url("/deals/" + deal));
        new Select(web.findElement(By.id("action-type"))).selectByValue("VISIT");
        web.findElement(By.id("action-summary")).sendKeys("Der Garten hat gefallen");
        click(web, web.findElement(By.id("action-submit")));
        waitFor(web, ExpectedConditions.textToBe(By.id("deal-phase"), "1. Besichtigung"));
        Accessibility.settle(web);
        assertThat(web.findElement(By.id("timeline")).getText()).contains("Der Garten hat gefallen");
        assertThat(Accessibility.seriousViolations(web)).isEmpty();
        assertThat(Accessibility.sidewaysOverflow(web)).isEmpty();
        assertThat(pageErrors(browser)).isEmpty();
    }
}

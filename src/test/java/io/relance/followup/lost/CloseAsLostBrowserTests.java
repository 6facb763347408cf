package io.relance.followup.lost;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.Accessibility;
import io.relance.followup.negotiation.NegotiationManagement;
import io.relance.followup.negotiation.NegotiationTrigger;
import io.relance.party.PartyBrowserTest;
import io.relance.party.ProspectStatus;
import io.relance.party.ThirdPartyId;
import io.relance.party.ThirdPartyLookup;
import io.relance.shared.RelanceUser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In headless Chromium: from the record, "Close as lost"; the competitor forgotten is said beside its field; a name
 * typed closes it, the record says so and the status becomes Contacted. No console error, no serious axe violation, at
 * phone width too.
 */
class CloseAsLostBrowserTests extends PartyBrowserTest {

    @Autowired
    NegotiationManagement negotiations;

    @Autowired
    ThirdPartyLookup lookup;

    @Test
    void aRepClosesANegotiationAsLostToACompetitor() throws Exception {
        RelanceUser rep = fixture.create("Acme").rep("Zoé Rep");
        ThirdPartyId id = records.of(rep)
                .named("Cuisines Lambert")
                .status(ProspectStatus.IN_PROGRESS)
                .create()
                .thirdParty()
                .id();
        negotiations.start(rep.workspaceId(), id, NegotiationTrigger.QUOTE, null);
        WebDriver web = signIn(rep);
        web.get(url("/thirdparties/" + id.value()));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("negotiation-panel")));
        assertThat(web.findElement(By.id("negotiation-panel")).getText()).contains("In negotiation since");

        click(web, web.findElement(By.id("close-as-lost")));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("lose-form")));
        assertThat(Accessibility.seriousViolations(web)).isEmpty();
        click(web, web.findElement(By.id("reason-COMPETITOR")));
        click(web, web.findElement(By.id("lose-submit")));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("competitor-error")));
        assertThat(web.findElement(By.id("competitor-error")).getText()).isEqualTo("Name the competitor.");
        assertThat(web.findElement(By.id("reason-COMPETITOR")).isSelected()).isTrue();
        assertThat(Accessibility.seriousViolations(web)).isEmpty();
        Accessibility.resize(web, 390, 844);
        assertThat(Accessibility.sidewaysOverflow(web)).isEmpty();
        browser.screenshots("close-as-lost-error");

        web.findElement(By.id("competitor")).sendKeys("Cuisines Martin");
        web.findElement(By.id("comment")).sendKeys("Cheaper by 10 %");
        click(web, web.findElement(By.id("lose-submit")));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("last-loss")));
        assertThat(web.findElement(By.id("negotiation-panel")).getText())
                .contains("No negotiation in progress.", "Competitor", "to Cuisines Martin");
        assertThat(lookup.find(rep.workspaceId(), id).orElseThrow().status()).isEqualTo(ProspectStatus.CONTACTED);
        assertThat(Accessibility.seriousViolations(web)).isEmpty();
        assertThat(pageErrors(browser))
                .as("console errors, CSP violations included")
                .isEmpty();
        Accessibility.resize(web, 1440, 900);
    }
}

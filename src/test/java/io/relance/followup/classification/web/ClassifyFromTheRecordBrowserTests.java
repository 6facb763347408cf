package io.relance.followup.classification.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.Accessibility;
import io.relance.followup.FollowUpTasks;
import io.relance.party.PartyBrowserTest;
import io.relance.party.ThirdPartyId;
import io.relance.shared.AdjustableClock;
import io.relance.shared.RelanceUser;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In headless Chromium at phone width, a rep classifies a prospect from its record in one click, then changes his
 * mind: the current classification is marked, the next call's date shown, one task open, the tag swapped.
 */
class ClassifyFromTheRecordBrowserTests extends PartyBrowserTest {

    @Autowired
    FollowUpTasks tasks;

    @Autowired
    AdjustableClock clock;

    @Test
    void aRepClassifiesFromTheRecordAndReclassifies() throws Exception {
        clock.setTo(Instant.parse("2026-12-07T08:00:00Z"));
        RelanceUser rep = fixture.create("Acme").rep("Zoé Rep");
        ThirdPartyId id =
                records.of(rep).named("Charpentes Morel").create().thirdParty().id();
        WebDriver web = signIn(rep);
        web.manage().window().setSize(new Dimension(390, 844));
        web.get(url("/thirdparties/" + id.value()));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("classify-promising")));
        assertThat(web.findElement(By.id("classify-promising")).getAttribute("aria-pressed"))
                .isEqualTo("false");

        click(web, web.findElement(By.id("classify-promising")));
        waitFor(web, ExpectedConditions.attributeToBe(By.id("classify-promising"), "aria-pressed", "true"));
        assertThat(web.findElement(By.id("classification-next")).getText()).contains("Dec 21, 2026");
        assertThat(web.findElement(By.tagName("body")).getText()).contains("Classified as Promising");
        browser.screenshots("classified-promising");

        click(web, web.findElement(By.id("classify-likely")));
        waitFor(web, ExpectedConditions.attributeToBe(By.id("classify-likely"), "aria-pressed", "true"));
        assertThat(web.findElement(By.id("classify-promising")).getAttribute("aria-pressed"))
                .isEqualTo("false");
        assertThat(web.findElement(By.id("classification-next")).getText()).contains("Jan 6, 2027");
        assertThat(tasks.openOf(rep.workspaceId(), id))
                .singleElement()
                .satisfies(t -> assertThat(t.dueDate()).isEqualTo(LocalDate.of(2027, 1, 6)));

        assertThat(browser.consoleErrors())
                .as("console errors, CSP violations included")
                .isEmpty();
        assertThat(Accessibility.seriousViolations(web)).isEmpty();
    }
}

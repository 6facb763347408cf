package io.relance.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.BrowserTest;
import io.relance.FourLanguages;
import io.relance.inquiry.core.Inquiry;
import io.relance.inquiry.core.InquiryChannel;
import io.relance.inquiry.core.InquiryForm;
import io.relance.inquiry.core.InquiryIntake;
import io.relance.inquiry.core.InquiryStatus;
import io.relance.shared.RelanceUser;
import io.relance.workspace.WorkspaceManagement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In headless Chromium, in English, French, Spanish and German: the Inquiries inbox and one inquiry read well at 360
 * and 1366 px (no serious accessibility violation, no sideways scrolling, no word cut); a rep processes the inquiry
 * as a new contact.
 */
class InquiryInboxBrowserTests extends BrowserTest {

    static final Map<String, String> TITLE =
            Map.of("en", "Inquiries", "fr", "Demandes", "es", "Solicitudes", "de", "Anfragen");

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    InquiryIntake intake;

    @Test
    void theInboxReadsWellInFourLanguagesAndARepProcessesAnInquiry() throws Exception {
        var acme = fixture.create("Agence Lambert Immobilier");
        RelanceUser rep = acme.rep("Rep");
        Inquiry waiting = intake.receive(
                rep,
                InquiryChannel.API,
                new InquiryForm(
                        "PAR-0099",
                        "jean-baptiste.delacroix-montgolfier@example.test",
                        "Jean-Baptiste",
                        "Delacroix-Montgolfier",
                        "06 12 34 56 78",
                        "Bonjour, l'appartement est-il toujours disponible ? Nous aimerions le visiter samedi.",
                        "SeLoger",
                        "fr"),
                null,
                null);
        assertThat(waiting.status()).isEqualTo(InquiryStatus.UNMATCHED);
        String one = "/inquiries/" + waiting.id();
        FourLanguages.Read read =
                FourLanguages.read(this, workspaces, acme.id(), rep, List.of("/inquiries", one), (web, language) -> {
                    web.get(url("/inquiries"));
                    assertThat(web.findElement(By.cssSelector("h1")).getText()).isEqualTo(TITLE.get(language));
                    browser.screenshots("inquiries-" + language);
                });
        assertThat(read.problems()).as("accessibility and width problems").isEmpty();
        WebDriver web = read.web();

        web.get(url(one));
        web.findElement(By.id("objectReference")).clear();
        click(web, web.findElement(By.id("contact-new")));
        click(web, web.findElement(By.id("process-submit")));
        waitFor(web, ExpectedConditions.urlToBe(url("/inquiries")));
        assertThat(intake.get(rep, waiting.id()).status()).isEqualTo(InquiryStatus.PROCESSED);
        assertThat(browser.consoleErrors())
                .as("console errors, CSP violations included (axe-core's own canvas notice aside)")
                .filteredOn(e -> !e.contains("willReadFrequently"))
                .isEmpty();
    }
}

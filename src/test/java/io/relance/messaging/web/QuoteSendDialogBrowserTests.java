package io.relance.messaging.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.MailBrowserTest;
import io.relance.messaging.Smtp;
import io.relance.messaging.outbox.OutboxDelivery;
import io.relance.party.ThirdPartyFixture;
import io.relance.shared.RelanceUser;
import io.relance.shared.Role;
import io.relance.workspace.WorkspaceFixture.TestWorkspace;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Send page's errors in Chromium, for a rep reading French: a mistyped address comes back beside the To field in
 * his language, the subject and text he edited kept, the quote still a draft and nothing queued nor received; the
 * address corrected, the same form sends it.
 */
class QuoteSendDialogBrowserTests extends MailBrowserTest {

    @Autowired
    ThirdPartyFixture thirdParties;

    @Autowired
    OutboxDelivery delivery;

    @Test
    void aBadAddressIsAFieldErrorInTheRepsLanguageAndNothingIsSent() throws Exception {
        TestWorkspace acme = fixture.create("Rénovations Lambert");
        RelanceUser rep = acme.member("Rita Rep", Role.SALES_REP, "fr");
        String party = thirdParties
                .of(rep)
                .named("Famille Lambert")
                .withEmail("famille@lambert.test")
                .with("language", "fr")
                .createId();
        String quote = exampleQuote(rep, party);
        WebDriver web = browser.driver();
        web.manage().deleteAllCookies();
        signIn(rep);

        web.get(url("/quotes/" + quote + "/send"));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("send-form")));
        type(web, "to", "claire@lambert");
        type(web, "subject", "Votre devis, comme convenu");
        click(web, web.findElement(By.id("send-quote")));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("to-error")));

        assertThat(web.findElement(By.id("to-error")).getText())
                .isEqualTo("Ce n’est pas une adresse e-mail : claire@lambert");
        assertThat(web.findElement(By.id("to")).getDomAttribute("class")).contains("is-invalid");
        assertThat(web.findElement(By.id("to")).getDomAttribute("aria-describedby"))
                .isEqualTo("to-error");
        assertThat(web.findElement(By.id("to")).getDomProperty("value")).isEqualTo("claire@lambert");
        assertThat(web.findElement(By.id("subject")).getDomProperty("value")).isEqualTo("Votre devis, comme convenu");
        assertThat(web.findElement(By.id("message")).getDomProperty("value")).contains("/q/");
        assertThat(web.findElements(By.cssSelector(".is-invalid"))).hasSize(1);
        check(browser, "send-dialog-error-fr", "fr");

        web.get(url("/quotes/" + quote));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("quote-number")));
        assertThat(web.findElement(By.cssSelector(".record-header .quote-status"))
                        .getText())
                .isEqualTo("Brouillon");
        assertThat(delivery.run(acme.id())).isZero();
        assertThat(Smtp.received()).isEmpty();

        // corrected, the same form sends it
        web.get(url("/quotes/" + quote + "/send"));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("send-form")));
        type(web, "to", "claire@lambert.test");
        click(web, web.findElement(By.id("send-quote")));
        waitFor(web, ExpectedConditions.urlToBe(url("/quotes/" + quote)));
        assertThat(web.findElement(By.cssSelector(".record-header .quote-status"))
                        .getText())
                .isEqualTo("Envoyé");
        assertThat(delivery.run(acme.id())).isEqualTo(1);
        assertThat(Smtp.received()).hasSize(1);
        assertThat(Smtp.received().get(0).getAllRecipients()[0].toString()).isEqualTo("claire@lambert.test");
    }
}

package io.relance.followup.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.Accessibility;
import io.relance.MailBrowserTest;
import io.relance.history.Direction;
import io.relance.history.HandLoggedEvent;
import io.relance.history.HandLoggedType;
import io.relance.history.Target;
import io.relance.messaging.MailId;
import io.relance.messaging.OutboundMail;
import io.relance.messaging.Outbox;
import io.relance.party.ThirdPartyFixture;
import io.relance.party.ThirdPartyId;
import io.relance.party.core.ThirdPartyTimeline;
import io.relance.shared.AdjustableClock;
import io.relance.shared.RelanceUser;
import io.relance.shared.Role;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The e-mails held by the contact rules, on a phone (375 px) in each language: a manager finds the one written too
 * soon after a call, with why it waits and until when, and sends it now with a reason; the list is then empty. axe-core,
 * no English left, nothing sideways nor cut.
 */
@TestPropertySource(properties = "relance.contact-rules.hold-sends=true")
class HeldMailsBrowserTests extends MailBrowserTest {

    @Autowired
    ThirdPartyFixture records;

    @Autowired
    ThirdPartyTimeline timeline;

    @Autowired
    Outbox outbox;

    @Autowired
    AdjustableClock clock;

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"en", "fr", "es", "de"})
    void aManagerSendsAHeldEmailNowWithAReason(String lang) throws Exception {
        clock.setTo(Instant.parse("2026-12-08T09:00:00Z")); // Tuesday 10:00 in Paris
        RelanceUser manager = fixture.create("Acme " + lang).member("Max Manager", Role.MANAGER, lang);
        ThirdPartyId id = records.of(manager)
                .named("Charpentes Morel")
                .withEmail("morel@example.test")
                .create()
                .thirdParty()
                .id();
        timeline.log(
                manager, id, new HandLoggedEvent(HandLoggedType.CALL, Direction.OUTBOUND, "Appel", null, null, null));
        MailId mail =
                outbox.enqueue(OutboundMail.from(manager, List.of("morel@example.test"), "Devis toiture", "Bonjour")
                        .about(Target.thirdParty(id.value())));

        WebDriver web = signIn(manager);
        Accessibility.resize(web, 375, 800);
        web.get(url("/outbox/held"));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("held-" + mail.value())));
        WebElement held = web.findElement(By.id("held-" + mail.value()));
        assertThat(held.getText()).contains("Devis toiture", "morel@example.test");
        Accessibility.checkPage(web, "held-" + lang, lang);

        click(web, held.findElement(By.tagName("summary")));
        WebElement reason = held.findElement(By.tagName("textarea"));
        waitFor(web, ExpectedConditions.visibilityOf(reason));
        reason.sendKeys("Le client l’attend aujourd’hui");
        Accessibility.checkPage(web, "held-release-" + lang, lang);
        click(web, held.findElement(By.cssSelector("button[type='submit']")));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("held-empty")));
        assertThat(web.findElements(By.id("held-" + mail.value()))).isEmpty();
        Accessibility.checkPage(web, "held-sent-" + lang, lang);
    }
}

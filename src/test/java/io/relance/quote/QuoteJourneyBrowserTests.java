package io.relance.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relance.Browser;
import io.relance.MailBrowserTest;
import io.relance.catalog.CatalogFixture;
import io.relance.messaging.ReceivedMail;
import io.relance.messaging.Smtp;
import io.relance.messaging.outbox.OutboxDelivery;
import io.relance.party.ThirdPartyFixture;
import io.relance.party.ThirdPartyId;
import io.relance.party.ThirdPartyLookup;
import io.relance.shared.RelanceUser;
import io.relance.shared.Role;
import io.relance.tracking.Engagements;
import io.relance.workspace.BrandingChanges;
import io.relance.workspace.BrandingManagement;
import io.relance.workspace.WorkspaceFixture.TestWorkspace;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole quote journey in Chromium, once in each language: a rep (reading English, French, Spanish or German)
 * opens a prospect's record, writes a quote there with a product from the catalogue picker and a free-text line, sees
 * the totals as his language writes money, saves, looks at the document, sends it from the Send page; GreenMail
 * receives the e-mail with the private link. The client, in a browser of his own without any session (a Chrome that
 * does not announce automation, as a person's does not), opens the link: the page speaks the quote's language, with
 * the seller's branding, the lines and the totals; a key pressed on it counts as an open at once; he accepts with his
 * typed name. Back in Relance the quote is accepted, its engagement says one open by one device, and the prospect is a
 * customer. Every page: axe-core, no English left on a page in another language, screenshots at 1366 and 360 px
 * without sideways scrolling.
 *
 * <p>The workspace, its branding and its catalogue are made once for the four runs; each run has its own rep (in its
 * language), prospect (in the same language, so its quotes are written in it) and quote.
 */
class QuoteJourneyBrowserTests extends MailBrowserTest {

    static final String CLIENT_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/131.0.0.0 Safari/537.36";

    static final Pattern LINK = Pattern.compile("http://localhost:\\d+/q/[A-Za-z0-9_-]+");

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What each language shows: 250 m² of parquet at 45.50 and a trip at 30.00, 20 % tax: 13,686.00 with tax. */
    record Language(String code, String gross, String opens, String accepted, String customer) {
        @Override
        public String toString() {
            return code;
        }
    }

    static List<Language> languages() {
        return List.of(
                new Language("en", "€13,686.00", "1 open by 1 device", "Accepted", "Customer"),
                new Language("fr", "13 686,00 €", "1 ouverture depuis 1 appareil", "Accepté", "Client"),
                new Language("es", "13.686,00 €", "1 apertura desde 1 dispositivo", "Aceptado", "Cliente"),
                new Language("de", "13.686,00 €", "1 Öffnung von 1 Gerät", "Angenommen", "Kunde"));
    }

    /** The workspace of the four runs, made by the first. */
    static TestWorkspace acme;

    /** The client's browser: never signed in, shared by the four runs (each opens another quote's link). */
    static Browser client;

    @Autowired
    ThirdPartyFixture thirdParties;

    @Autowired
    CatalogFixture catalog;

    @Autowired
    BrandingManagement branding;

    @Autowired
    OutboxDelivery delivery;

    @Autowired
    Engagements engagements;

    @Autowired
    ThirdPartyLookup parties;

    @BeforeEach
    void aRenovationCompanyWithACatalogue() {
        if (acme != null) {
            return;
        }
        acme = fixture.create("Rénovations Lambert");
        branding.change(
                acme.admin(),
                new BrandingChanges(
                        "Rénovations Lambert SARL",
                        "12 rue des Lilas",
                        "69003",
                        "Lyon",
                        null,
                        "04 72 00 00 00",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        0L));
        catalog.product(acme.admin(), "PARQ-CHENE", "Pose de parquet en chêne", "45.50", Map.of("unit", "m²"));
        catalog.product(acme.admin(), "PEINT", "Peinture murale", "25", Map.of("unit", "m²"));
        client = new Browser("--disable-blink-features=AutomationControlled", "--user-agent=" + CLIENT_AGENT);
    }

    @AfterAll
    static void closeTheClientsBrowser() {
        if (client != null) {
            client.close();
            client = null;
        }
        acme = null;
    }

    @ParameterizedTest(name = "in {0}")
    @MethodSource("languages")
    void aRepQuotesSendsAndTheClientOpensAndAcceptsOnline(Language language) throws Exception {
        String lang = language.code();
        RelanceUser rep = acme.member("Zoé Rep", Role.SALES_REP, lang);
        String prospect = thirdParties
                .of(rep)
                .named("Famille Dupont-" + lang)
                .withEmail("dupont-" + lang + "@client.test")
                .with("language", lang)
                .createId();
        WebDriver web = browser.driver();
        web.manage().deleteAllCookies();
        signIn(rep);

        // the prospect's record: New quote in its Quotes panel
        web.get(url("/thirdparties/" + prospect));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("quotes-panel")));
        check(browser, "journey-record-" + lang, lang);
        click(web, web.findElement(By.cssSelector("#quotes-panel a[href*='/quotes/new']")));

        // the editor: a product from the picker, a free-text line, the totals in the rep's language
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("product-picker-q")));
        assertThat(web.findElement(By.id("q-language")).getDomProperty("value")).isEqualTo(lang);
        web.findElement(By.id("product-picker-q")).sendKeys("parquet");
        waitFor(web, d -> {
            String found = d.findElement(By.id("product-picker-results")).getText();
            return found.contains("PARQ-CHENE") && !found.contains("PEINT");
        });
        waitFor(
                web,
                d -> { // the results may be swapped once more as the last keys arrive: the click is tried again
                    click(d, d.findElement(By.cssSelector("#product-picker-results .picker-item")));
                    return true;
                });
        waitFor(web, ExpectedConditions.attributeToBe(By.id("l0-unitPrice"), "value", "45.50"));
        type(web, "l0-quantity", "250");
        click(web, web.findElement(By.id("add-item")));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("l1-description")));
        assertThat(web.findElement(By.id("l0-quantity")).getDomProperty("value"))
                .isEqualTo("250");
        type(web, "l1-description", "Déplacement et protection du chantier");
        type(web, "l1-unitPrice", "30");
        type(web, "l1-taxRate", "20");
        web.findElement(By.id("l1-taxRate")).sendKeys(Keys.TAB);
        waitForText(web, By.id("total-gross"), language.gross());
        check(browser, "journey-editor-" + lang, lang);

        click(web, web.findElement(By.id("save-quote")));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("quote-number")));
        String quote = web.getCurrentUrl().replaceAll(".*/quotes/([0-9a-f-]{36}).*", "$1");
        assertThat(text(web.findElement(By.id("quote-total")))).isEqualTo(language.gross());
        check(browser, "journey-quote-" + lang, lang);

        // the document as the client will see it
        click(web, web.findElement(By.id("quote-document")));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.quote-document")));
        assertThat(text(web.findElement(By.cssSelector("article.quote-document"))))
                .contains("Rénovations Lambert SARL", "Pose de parquet en chêne", "Déplacement", language.gross());
        check(browser, "journey-document-" + lang, lang);

        // the Send page: the client's address and the template in the quote's language, then sent
        web.get(url("/quotes/" + quote));
        click(web, web.findElement(By.id("open-send-quote")));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("send-form")));
        assertThat(web.findElement(By.id("to")).getDomProperty("value")).isEqualTo("dupont-" + lang + "@client.test");
        assertThat(web.findElement(By.id("message")).getDomProperty("value")).containsPattern(LINK);
        check(browser, "journey-send-" + lang, lang);
        click(web, web.findElement(By.id("send-quote")));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("quote-number")));
        assertThat(web.getCurrentUrl()).endsWith("/quotes/" + quote);

        // the delivery job hands it to the SMTP server: it arrives once, with the private link
        assertThat(delivery.run(acme.id())).isEqualTo(1);
        List<MimeMessage> received = Smtp.received();
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getAllRecipients()[0].toString()).isEqualTo("dupont-" + lang + "@client.test");
        Matcher link = LINK.matcher(ReceivedMail.of(received.get(0)).text());
        assertThat(link.find()).as("the private link in the e-mail").isTrue();

        // the client, without any session, opens it: the quote's language, the seller's branding, lines and totals
        WebDriver c = client.driver();
        c.get(link.group());
        waitFor(c, ExpectedConditions.presenceOfElementLocated(By.id("accept-form")));
        assertThat(c.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(lang);
        assertThat(text(c.findElement(By.tagName("main"))))
                .contains("Rénovations Lambert SARL", "Pose de parquet en chêne", "Déplacement", language.gross());
        // a key pressed on the page is an interaction: an open at once, without waiting three seconds
        c.findElement(By.tagName("body")).sendKeys(Keys.ARROW_DOWN);
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> engagements
                                .of(acme.id(), "quote", UUID.fromString(quote))
                                .opens()
                        == 1);
        check(client, "journey-public-" + lang, lang);

        c.findElement(By.id("name")).sendKeys("Anne Dupont");
        click(c, c.findElement(By.id("consent")));
        click(c, c.findElement(By.id("accept")));
        waitFor(c, ExpectedConditions.urlContains("done=accepted"));
        assertThat(text(c.findElement(By.tagName("main")))).contains("Anne Dupont");
        assertThat(c.findElements(By.id("accept-form"))).isEmpty();
        check(client, "journey-public-accepted-" + lang, lang);

        // back in Relance: accepted, one open by one device, and the prospect is a customer
        web.get(url("/quotes/" + quote));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("quote-engagement")));
        assertThat(text(web.findElement(By.cssSelector(".record-header .quote-status"))))
                .isEqualTo(language.accepted());
        assertThat(text(web.findElement(By.id("quote-engagement")))).contains(language.opens());
        assertThat(text(web.findElement(By.id("quote-acceptance")))).contains("Anne Dupont");
        check(browser, "journey-accepted-" + lang, lang);

        // the acceptance is confirmed by e-mail to both sides, the client's with the accepted PDF
        Smtp.purge();
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    delivery.run(acme.id());
                    return Smtp.received().size() >= 2;
                });
        List<String> recipients = Smtp.received().stream()
                .map(QuoteJourneyBrowserTests::recipient)
                .toList();
        assertThat(recipients).containsExactlyInAnyOrder("dupont-" + lang + "@client.test", rep.email());
        ReceivedMail confirmation = Smtp.received().stream()
                .map(ReceivedMail::of)
                .filter(m -> recipient(m.message()).startsWith("dupont-"))
                .findFirst()
                .orElseThrow();
        assertThat(confirmation.attachments().values())
                .singleElement()
                .satisfies(pdf ->
                        assertThat(pdf).startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> parties.find(acme.id(), new ThirdPartyId(UUID.fromString(prospect)))
                        .orElseThrow()
                        .customer());
        web.get(url("/thirdparties/" + prospect));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("quotes-panel")));
        assertThat(text(web.findElement(By.cssSelector(".record-header .badge.text-bg-success"))))
                .isEqualTo(language.customer());
        assertThat(text(web.findElement(By.id("quotes-panel")))).contains(language.accepted(), language.gross());
        assertThat(pageErrors(browser))
                .as("the rep's console errors, CSP violations included")
                .isEmpty();
        assertThat(pageErrors(client))
                .as("the client's console errors, CSP violations included")
                .isEmpty();
    }
}

package io.relance;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.messaging.Smtp;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Browser tests with mail set up as the application expects it (docs/messaging.md): SMTP on the test run's GreenMail
 * ({@link Smtp}), a sender address; the delivery job is not scheduled in tests, so a test delivers the outbox when it
 * wants the e-mail to arrive. Each page a test opens goes through {@link #check}.
 */
public abstract class MailBrowserTest extends BrowserTest {

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        Smtp.register(registry);
    }

    /** Each test starts with the server running (purging starts it) and its mailboxes empty. */
    @BeforeEach
    void emptySmtpServer() {
        Smtp.purge();
    }

    /**
     * What every page of these tests must pass: loaded (htmx settled), no serious or critical axe-core violation, no
     * English text left on a page in another language ({@link Untranslated}), and screenshots at 1366 and 360 px
     * without sideways scrolling ({@code target/screenshots/<name>-desktop.png}, {@code -phone.png}).
     */
    protected static void check(Browser in, String name, String language) throws Exception {
        WebDriver web = in.driver();
        Accessibility.settle(web);
        assertThat(Accessibility.seriousViolations(web))
                .as("axe-core on " + name)
                .isEmpty();
        assertThat(Untranslated.on(web, language)).as("English left on " + name).isEmpty();
        Accessibility.resize(web, 360, 780);
        assertThat(Accessibility.sidewaysOverflow(web)).as(name + " at 360 px").isEmpty();
        in.screenshots(name);
    }

    /** An element's text with its no-break spaces (French money: "13 686,00 €") as plain spaces. */
    protected static String text(WebElement element) {
        return element.getText().replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    /** Waits until the element's {@link #text} is {@code expected}; fails showing the text it has. */
    protected static void waitForText(WebDriver web, By element, String expected) {
        try {
            waitFor(web, d -> text(d.findElement(element)).equals(expected));
        } catch (org.openqa.selenium.TimeoutException e) {
            Accessibility.screenshot(web, "failed-wait");
            assertThat(text(web.findElement(element))).as(element.toString()).isEqualTo(expected);
            throw e;
        }
    }

    /** Replaces what a field holds by {@code text}, typed. */
    protected static void type(WebDriver web, String id, String text) {
        WebElement field = web.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}

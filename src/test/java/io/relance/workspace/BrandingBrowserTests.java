package io.relance.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.Browser;
import io.relance.MailBrowserTest;
import io.relance.party.ThirdPartyFixture;
import io.relance.quote.QuoteId;
import io.relance.quote.QuoteSending;
import io.relance.quote.QuoteTest;
import io.relance.shared.RelanceUser;
import io.relance.shared.Role;
import io.relance.tracking.TrackedLinks;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The branding settings page in Chromium, for an admin reading German: he names the company and uploads a logo; the
 * client's public page (another browser, no session) and the rep's document preview show both.
 */
class BrandingBrowserTests extends MailBrowserTest {

    static final String COMPANY = "Tischlerei Müller & Söhne GmbH";

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    ThirdPartyFixture thirdParties;

    @Autowired
    QuoteSending sending;

    @Autowired
    TrackedLinks links;

    @Test
    void theCompanysNameAndLogoShowOnThePublicPageAndInTheDocumentPreview() throws Exception {
        var acme = fixture.create("Müller");
        String email = "chef-" + UUID.randomUUID().toString().substring(0, 8) + "@relance.test";
        workspaces.createUser(
                acme.admin(), new NewUser(email, "Karl Müller", Role.ADMIN, "de", WorkspaceFixture.PASSWORD));
        RelanceUser admin = workspaces.signInCandidate(email).orElseThrow();
        WebDriver web = browser.driver();
        web.manage().deleteAllCookies();
        signIn(admin);

        web.get(url("/settings/branding"));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("branding-form")));
        check(browser, "branding-de", "de");
        type(web, "companyName", COMPANY);
        type(web, "city", "Garmisch-Partenkirchen");
        web.findElement(By.id("logo")).sendKeys(logo().toAbsolutePath().toString());
        click(web, web.findElement(By.cssSelector("#branding-form button[type=submit]")));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.cssSelector("img.branding-logo")));
        assertThat(web.findElement(By.cssSelector(".alert-success")).getText()).isNotBlank();
        assertThat(web.findElement(By.id("companyName")).getDomProperty("value"))
                .isEqualTo(COMPANY);
        assertThat(naturalWidth(web, "img.branding-logo")).isEqualTo(240);
        check(browser, "branding-saved-de", "de");

        String party = thirdParties
                .of(admin)
                .named("Familie Schneider")
                .with("language", "de")
                .createId();
        String quote =
                createQuote(admin, "{\"thirdpartyId\": \"" + party + "\", \"lines\": " + QuoteTest.EXAMPLE_LINES + "}");
        sending.markSent(admin, new QuoteId(UUID.fromString(quote)));
        String token = links.issue(admin.workspaceId(), "quote", UUID.fromString(quote))
                .token();

        try (Browser client = new Browser()) {
            WebDriver c = client.driver();
            c.get(url("/q/" + token));
            waitFor(c, ExpectedConditions.presenceOfElementLocated(By.id("accept-form")));
            assertSellerShown(c);
            check(client, "branding-public-de", "de");
        }

        web.get(url("/quotes/" + quote + "/document"));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.quote-document")));
        assertSellerShown(web);
        check(browser, "branding-document-de", "de");
    }

    private static void assertSellerShown(WebDriver web) {
        assertThat(web.findElement(By.cssSelector(".qd-seller-name")).getText()).isEqualTo(COMPANY);
        assertThat(web.findElement(By.cssSelector(".qd-seller")).getText()).contains("Garmisch-Partenkirchen");
        assertThat(web.findElement(By.cssSelector("img.qd-logo")).getDomAttribute("alt"))
                .isEqualTo(COMPANY);
        assertThat(naturalWidth(web, "img.qd-logo")).isEqualTo(240);
    }

    private static long naturalWidth(WebDriver web, String selector) {
        return ((Number) ((JavascriptExecutor) web)
                        .executeScript("return document.querySelector(arguments[0]).naturalWidth;", selector))
                .longValue();
    }

    /** A 240×80 PNG: a blue band with a white square. */
    private static Path logo() throws Exception {
        BufferedImage image = new BufferedImage(240, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1f, 0x4e, 0x8c));
        g.fillRect(0, 0, 240, 80);
        g.setColor(Color.WHITE);
        g.fillRect(20, 20, 40, 40);
        g.dispose();
        Path file = Files.createTempFile("logo", ".png");
        ImageIO.write(image, "png", file.toFile());
        file.toFile().deleteOnExit();
        return file;
    }
}

package io.relance.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.Browser;
import io.relance.MailBrowserTest;
import io.relance.party.ThirdPartyFixture;
import io.relance.shared.RelanceUser;
import io.relance.shared.Role;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The branding settings page in Chromium, for an admin reading German: he names the company, uploads a logo and
 * picks a light accent colour; the client's public page (another browser, no session) and the document preview show
 * the name, the logo and the colour, darkened so that the title and the lines' header stay readable (axe-core finds no
 * contrast problem).
 */
class BrandingBrowserTests extends MailBrowserTest {

    static final String COMPANY = "Tischlerei Müller & Söhne GmbH";

    /** A light gold: too light for white text, so the documents show it darkened (#8d6a00, 4.5:1 on white). */
    static final String GOLD = "#f0b400";

    @Autowired
    ThirdPartyFixture thirdParties;

    @Test
    void theCompanysNameAndLogoShowOnThePublicPageAndInTheDocumentPreview() throws Exception {
        RelanceUser admin = fixture.create("Müller").member("Karl Müller", Role.ADMIN, "de");
        WebDriver web = browser.driver();
        web.manage().deleteAllCookies();
        signIn(admin);

        web.get(url("/settings/branding"));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("branding-form")));
        check(browser, "branding-de", "de");
        type(web, "companyName", COMPANY);
        type(web, "city", "Garmisch-Partenkirchen");
        web.findElement(By.id("logo")).sendKeys(logo().toAbsolutePath().toString());
        // a colour input takes no typing: its value is set as the browser's colour chooser sets it
        ((JavascriptExecutor) web)
                .executeScript(
                        "var c = document.getElementById('accentColor'); c.value = arguments[0];"
                                + " c.dispatchEvent(new Event('input', {bubbles: true}));"
                                + " c.dispatchEvent(new Event('change', {bubbles: true}));",
                        GOLD);
        click(web, web.findElement(By.cssSelector("#branding-form button[type=submit]")));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.cssSelector("img.branding-logo")));
        assertThat(web.findElement(By.cssSelector(".alert-success")).getText()).isNotBlank();
        assertThat(web.findElement(By.id("companyName")).getDomProperty("value"))
                .isEqualTo(COMPANY);
        assertThat(naturalWidth(web, "img.branding-logo")).isEqualTo(240);
        assertThat(web.findElement(By.id("accentColor")).getDomProperty("value"))
                .isEqualTo(GOLD);
        check(browser, "branding-saved-de", "de");

        String party = thirdParties
                .of(admin)
                .named("Familie Schneider")
                .with("language", "de")
                .createId();
        String quote = exampleQuote(admin, party);
        String page = sentWithItsLink(admin, quote);

        try (Browser client = new Browser()) {
            WebDriver c = client.driver();
            c.get(page);
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
        String readable = AccentColor.readableOnWhite(GOLD);
        assertThat(readable).isNotEqualTo(GOLD);
        assertThat(web.findElement(By.cssSelector(".qd-title")).getCssValue("color"))
                .isEqualTo(rgba(readable));
        assertThat(web.findElement(By.cssSelector(".qd-lines th")).getCssValue("background-color"))
                .isEqualTo(rgba(readable));
    }

    /** "#8d6a00" as Chromium's computed style writes it: "rgba(141, 106, 0, 1)". */
    private static String rgba(String hex) {
        return "rgba(" + Integer.parseInt(hex.substring(1, 3), 16) + ", " + Integer.parseInt(hex.substring(3, 5), 16)
                + ", " + Integer.parseInt(hex.substring(5, 7), 16) + ", 1)";
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

package io.relance;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/** Debian's Chromium, headless, driven by its chromedriver; screenshots land in target/screenshots. */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;

    public Browser() {
        this(new String[0]);
    }

    /** A browser with more command-line arguments (another user agent, blink features…). */
    public Browser(String... extraArguments) {
        String chromium = System.getProperty("relance.test.chromium", "/usr/bin/chromium");
        String chromedriver = System.getProperty("relance.test.chromedriver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1440,900",
                "--lang=en-US");
        options.addArguments(extraArguments);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    /**
     * Returns when Chromium and its driver are installed; otherwise skips the test on a workstation, and fails it when
     * {@code CI=true}: on CI a missing browser must never pass as a green build.
     */
    public static void requireAvailable() {
        if (available()) {
            return;
        }
        String missing = "Chromium or chromedriver not installed ("
                + System.getProperty("relance.test.chromium", "/usr/bin/chromium") + ", "
                + System.getProperty("relance.test.chromedriver", "/usr/bin/chromedriver") + ")";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(missing + ": CI=true, so the browser tests fail rather than skip");
        }
        org.junit.jupiter.api.Assumptions.abort(missing + ": browser tests skipped");
    }

    public static boolean available() {
        return new File(System.getProperty("relance.test.chromium", "/usr/bin/chromium")).canExecute()
                && new File(System.getProperty("relance.test.chromedriver", "/usr/bin/chromedriver")).canExecute();
    }

    public WebDriver driver() {
        return driver;
    }

    /** Console errors of the page, Content-Security-Policy violations among them. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .collect(Collectors.toList());
    }

    /**
     * Screenshots of the current page at desktop (1366×768) and phone (360×780) widths, each failing when the page
     * scrolls sideways at that width.
     */
    public void screenshots(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        for (Dimension size : new Dimension[] {new Dimension(1366, 768), new Dimension(360, 780)}) {
            driver.manage().window().setSize(size);
            String suffix = size.getWidth() < 600 ? "-phone.png" : "-desktop.png";
            Files.write(dir.resolve(name + suffix), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            Object sideways = driver.executeScript(
                    "return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
            if (Boolean.TRUE.equals(sideways)) {
                throw new AssertionError(name + " scrolls sideways at " + size.getWidth() + " px");
            }
        }
        driver.manage().window().setSize(new Dimension(1440, 900));
    }

    @Override
    public void close() {
        driver.quit();
    }
}

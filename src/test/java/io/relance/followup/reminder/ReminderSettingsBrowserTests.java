package io.relance.followup.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.BrowserTest;
import io.relance.FourLanguages;
import io.relance.notification.NewNotification;
import io.relance.notification.Notifications;
import io.relance.shared.RelanceUser;
import io.relance.workspace.WorkspaceManagement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In headless Chromium, in English, French, Spanish and German: Settings → Reminders, the profile's choice of the
 * daily e-mail and the notifications page with a reminder read well at 360 and 1366 px (no serious accessibility
 * violation, no sideways scrolling, no word cut); an admin saves another hour and turns his daily e-mail off.
 */
class ReminderSettingsBrowserTests extends BrowserTest {

    static final Map<String, String> TAB =
            Map.of("en", "Reminders", "fr", "Rappels", "es", "Recordatorios", "de", "Erinnerungen");

    static final Map<String, String> NOTICE = Map.of(
            "en", "Your day: 3 due today, 12 overdue.",
            "fr", "Votre journée : 3 à faire aujourd’hui, 12 en retard.",
            "es", "Tu día: 3 para hoy, 12 atrasadas.",
            "de", "Ihr Tag: 3 heute fällig, 12 überfällig.");

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    ReminderSettingsStore settings;

    @Autowired
    Notifications notifications;

    @Test
    void theReminderHourTheDailyEmailAndTheReminderReadWellInFourLanguages() throws Exception {
        var acme = fixture.create("Rénovations Lambert & Fils");
        RelanceUser admin = acme.admin();
        notifications.notify(
                new NewNotification(acme.id(), admin.userId(), DailyReminders.NOTICE, List.of("3", "12"), "/"));
        FourLanguages.Read read = FourLanguages.read(
                this,
                workspaces,
                acme.id(),
                admin,
                List.of("/settings/reminders", "/profile", "/notifications"),
                (web, language) -> {
                    assertThat(web.findElement(By.id("main")).getText()).contains(NOTICE.get(language));
                    web.get(url("/settings/reminders"));
                    assertThat(web.findElement(By.cssSelector(".nav-tabs .active"))
                                    .getText())
                            .isEqualTo(TAB.get(language));
                    browser.screenshots("reminder-settings-" + language);
                });
        assertThat(read.problems()).as("accessibility and width problems").isEmpty();
        WebDriver web = read.web();

        WebElement time = web.findElement(By.id("time"));
        assertThat(time.getAttribute("value")).isEqualTo("07:30");
        // the time field takes what the browser's picker gives (a wrong hour is refused by the server: see
        // ReminderNoticesIntegrationTests)
        ((JavascriptExecutor) web).executeScript("arguments[0].value = '06:45';", time);
        click(web, web.findElement(By.cssSelector("#reminder-settings-form button[type=submit]")));
        waitFor(web, ExpectedConditions.urlToBe(url("/settings/reminders")));
        assertThat(settings.of(acme.id()).time()).isEqualTo("06:45");

        web.get(url("/profile"));
        assertThat(web.findElement(By.id("emailDailyTasks")).isSelected()).isTrue();
        click(web, web.findElement(By.id("emailDailyTasks")));
        click(web, web.findElement(By.id("save-profile")));
        waitFor(web, ExpectedConditions.presenceOfElementLocated(By.id("profile-form")));
        assertThat(workspaces.wantsDailyTaskEmail(acme.id(), admin.userId())).isFalse();

        assertThat(browser.consoleErrors())
                .as("console errors, CSP violations included (axe-core's own canvas notice aside)")
                .filteredOn(e -> !e.contains("willReadFrequently"))
                .isEmpty();
    }
}

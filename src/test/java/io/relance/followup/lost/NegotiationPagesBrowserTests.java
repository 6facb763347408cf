package io.relance.followup.lost;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.Accessibility;
import io.relance.followup.negotiation.NegotiationManagement;
import io.relance.followup.negotiation.NegotiationTrigger;
import io.relance.party.PartyBrowserTest;
import io.relance.party.ProspectStatus;
import io.relance.party.ThirdPartyId;
import io.relance.shared.RelanceUser;
import io.relance.shared.Role;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pages of negotiations and losses in the four languages, at phone and desktop widths: the record's panel, the
 * "Close as lost" form, the settings of negotiations and of lost reasons, the Reports page with losses to show. No
 * serious axe violation, no sideways scrolling, and on this part's own pages no word cut inside a button or a label.
 */
class NegotiationPagesBrowserTests extends PartyBrowserTest {

    @Autowired
    NegotiationManagement negotiations;

    @Autowired
    Losing losing;

    @Test
    void thePagesFitAPhoneAndADesktopInEveryLanguage() throws Exception {
        var acme = fixture.create("Rénovations Lambert & Fils");
        List<String> problems = new ArrayList<>();
        for (String language : new String[] {"en", "fr", "es", "de"}) {
            RelanceUser admin = acme.member("Admin " + language, Role.ADMIN, language);
            ThirdPartyId open = records.of(admin)
                    .named("Famille Lambert-Dubois " + language)
                    .status(ProspectStatus.IN_PROGRESS)
                    .create()
                    .thirdParty()
                    .id();
            negotiations.start(admin.workspaceId(), open, NegotiationTrigger.QUOTE, null);
            ThirdPartyId lost = records.of(admin)
                    .named("Menuiserie Charpentier " + language)
                    .create()
                    .thirdParty()
                    .id();
            losing.lose(admin, lost, new Losing.LoseRequest("COMPETITOR", "Cuisines Martin & Söhne", null));
            WebDriver web = signIn(admin);
            for (int width : new int[] {360, 1366}) {
                for (String path : List.of(
                        "/thirdparties/" + open.value(),
                        "/thirdparties/" + lost.value(),
                        "/thirdparties/" + open.value() + "/lose",
                        "/settings/negotiation",
                        "/settings/lost-reasons",
                        "/reports")) {
                    Accessibility.resize(web, width, width < 500 ? 780 : 900);
                    web.get(url(path));
                    Accessibility.settle(web);
                    assertThat(web.findElements(By.tagName("main"))).as(path).isNotEmpty();
                    String where = language + " @" + width + " " + path + ": ";
                    Accessibility.seriousViolations(web).forEach(v -> problems.add(where + v));
                    Accessibility.sidewaysOverflow(web).forEach(v -> problems.add(where + v));
                    // the record's other panels (tasks, contact rules) are their modules' to check
                    Accessibility.cutWords(web).stream()
                            .filter(v -> !path.equals("/thirdparties/" + open.value())
                                    && !path.equals("/thirdparties/" + lost.value()))
                            .forEach(v -> problems.add(where + v));
                }
            }
            browser.screenshots("negotiation-reports-" + language);
            web.manage().deleteAllCookies();
        }
        Accessibility.resize(browser.driver(), 1440, 900);

        assertThat(problems).as("accessibility and width problems").isEmpty();
        assertThat(pageErrors(browser))
                .as("console errors, CSP violations included")
                .isEmpty();
    }
}

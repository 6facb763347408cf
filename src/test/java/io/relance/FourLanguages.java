package io.relance;

import io.relance.shared.RelanceUser;
import io.relance.shared.WorkspaceId;
import io.relance.workspace.ProfileChanges;
import io.relance.workspace.WorkspaceManagement;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.WebDriver;

/**
 * A browser step: a user reads some pages in English, French, Spanish and German in turn (his profile's language
 * changed, signed in again), each page at 360 and 1366 px, checked for serious accessibility violations, sideways
 * scrolling and cut words; after each language, the test checks what it wants on the pages.
 */
public final class FourLanguages {

    public static final List<String> LANGUAGES = List.of("en", "fr", "es", "de");

    /** The browser as the last language left it (signed in, in German) and every problem found, each said where. */
    public record Read(WebDriver web, List<String> problems) {}

    /** What a test checks once a language's pages are read: the browser, signed in, and the language. */
    public interface AfterEach {
        void check(WebDriver web, String language) throws Exception;
    }

    private FourLanguages() {}

    /**
     * Reads {@code paths} as {@code who} of workspace {@code ws} in each language; {@code afterEach} gets the browser
     * and the language once that language's pages are read.
     */
    public static Read read(
            BrowserTest test,
            WorkspaceManagement workspaces,
            WorkspaceId ws,
            RelanceUser who,
            List<String> paths,
            AfterEach afterEach)
            throws Exception {
        List<String> problems = new ArrayList<>();
        WebDriver web = null;
        for (String language : LANGUAGES) {
            workspaces.updateProfile(
                    who,
                    new ProfileChanges(workspaces.profile(who).version(), who.displayName(), language, null, null));
            if (web != null) {
                web.manage().deleteAllCookies();
            }
            web = test.signIn(workspaces.reload(ws, who.userId()).orElseThrow());
            for (int width : new int[] {360, 1366}) {
                Accessibility.resize(web, width, 900);
                for (String path : paths) {
                    web.get(test.url(path));
                    Accessibility.settle(web);
                    String where = language + " " + width + " " + path + ": ";
                    Accessibility.seriousViolations(web).forEach(p -> problems.add(where + p));
                    Accessibility.sidewaysOverflow(web).forEach(p -> problems.add(where + p));
                    Accessibility.cutWords(web).forEach(p -> problems.add(where + p));
                }
            }
            afterEach.check(web, language);
        }
        return new Read(web, problems);
    }
}

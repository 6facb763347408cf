package io.relance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.webjars.WebJarVersionLocator;

/**
 * What the browser tests check on every page they open: axe-core (from its WebJar, test scope) finds no serious or
 * critical violation, and the page does not scroll sideways at the window's width (a table may scroll inside its own
 * box). Screenshots land in target/screenshots.
 */
public final class Accessibility {

    private static final String AXE_SOURCE = load();

    private Accessibility() {}

    private static String load() {
        String path = new WebJarVersionLocator().fullPath("axe-core", "axe.min.js");
        if (path == null) {
            throw new IllegalStateException("axe-core WebJar not on the test class path");
        }
        try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("axe-core not found at " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Resizes the window so that the page's viewport is {@code width} CSS pixels wide. */
    public static void resize(WebDriver web, int width, int height) {
        web.manage().window().setSize(new Dimension(width, height));
        long inner = ((Number) ((JavascriptExecutor) web).executeScript("return window.innerWidth;")).longValue();
        if (inner != width) {
            // the window's frame takes a few pixels in some modes: make the viewport itself the width asked for
            web.manage().window().setSize(new Dimension((int) (2 * width - inner), height));
        }
    }

    /** Waits until the page is loaded and htmx has nothing in flight. */
    public static void settle(WebDriver web) {
        new WebDriverWait(web, Duration.ofSeconds(10))
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("return document.readyState === 'complete'"
                                + " && document.querySelectorAll('.htmx-request').length === 0;")));
    }

    /** The serious and critical violations axe-core finds on the current page, one line per element. */
    @SuppressWarnings("unchecked")
    public static List<String> seriousViolations(WebDriver web) {
        JavascriptExecutor js = (JavascriptExecutor) web;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(AXE_SOURCE);
        }
        web.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(function (r) { done(r.violations.filter(function (v) {"
                + "  return v.impact === 'serious' || v.impact === 'critical'; }).map(function (v) {"
                + "  return {id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(function (n) {"
                + "    return n.target.join(' ') + ' :: ' + (n.failureSummary || '').replace(/\\s+/g, ' ');"
                + "  })}; })); })"
                + ".catch(function (e) { done([{id: 'axe-error', impact: 'critical', help: String(e),"
                + " nodes: []}]); });");
        List<String> lines = new ArrayList<>();
        for (Object o : (List<Object>) result) {
            Map<String, Object> v = (Map<String, Object>) o;
            List<Object> nodes = (List<Object>) v.get("nodes");
            if (nodes.isEmpty()) {
                lines.add(v.get("impact") + " " + v.get("id") + ": " + v.get("help"));
            }
            for (Object node : nodes) {
                lines.add(v.get("impact") + " " + v.get("id") + ": " + v.get("help") + " — " + node);
            }
        }
        return lines;
    }

    /**
     * Empty when the page fits the window's width; otherwise the page's width and the elements that stick out on the
     * right (outside any box that scrolls on its own).
     */
    @SuppressWarnings("unchecked")
    public static List<String> sidewaysOverflow(WebDriver web) {
        Map<String, Object> r = (Map<String, Object>) ((JavascriptExecutor) web)
                .executeScript("var w = window.innerWidth, sw = document.documentElement.scrollWidth;"
                        + "if (sw <= w) { return {width: sw, culprits: []}; }"
                        + "var culprits = [];"
                        + "function scrolls(el) { for (var p = el.parentElement; p && p !== document.body;"
                        + "  p = p.parentElement) { var o = getComputedStyle(p).overflowX;"
                        + "  if (o === 'auto' || o === 'scroll' || o === 'hidden') { return true; } } return false; }"
                        + "function name(el) { return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')"
                        + "  + (typeof el.className === 'string' && el.className.trim() ? '.'"
                        + "  + el.className.trim().split(/\\s+/).join('.') : ''); }"
                        + "document.querySelectorAll('body *').forEach(function (el) {"
                        + "  var b = el.getBoundingClientRect(), p = el.parentElement.getBoundingClientRect();"
                        + "  if (b.right > w + 1 && p.right <= w + 1 && culprits.length < 8) {"
                        + "    culprits.push(name(el) + ' right=' + Math.round(b.right) + (scrolls(el) ? ' (in a scroll box)' : ''));"
                        + "  } });"
                        + "return {width: sw, culprits: culprits};");
        List<String> problems = new ArrayList<>();
        long width = ((Number) r.get("width")).longValue();
        long inner = ((Number) ((JavascriptExecutor) web).executeScript("return window.innerWidth;")).longValue();
        if (width > inner) {
            problems.add(
                    "page is " + width + " px wide in a " + inner + " px window; sticking out: " + r.get("culprits"));
        }
        return problems;
    }

    /**
     * Words broken across lines inside a button, a badge or a label ("Gi/ve"), and selects too narrow for their
     * chosen option ("Never contacte"): one line each.
     */
    @SuppressWarnings("unchecked")
    public static List<String> cutWords(WebDriver web) {
        return (List<String>) ((JavascriptExecutor) web)
                .executeScript("var out = [];"
                        + "document.querySelectorAll('.btn, .badge, .tag, .chip, .form-label, label').forEach("
                        + " function (el) { if (!el.getClientRects().length) { return; }"
                        + " var walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);"
                        + " for (var t = walker.nextNode(); t; t = walker.nextNode()) {"
                        + "  var re = /\\S+/g, m; while ((m = re.exec(t.data))) {"
                        + "   var r = document.createRange(); r.setStart(t, m.index); r.setEnd(t, m.index + m[0].length);"
                        + "   var lines = {}; Array.prototype.forEach.call(r.getClientRects(), function (b) {"
                        + "    if (b.width > 0) { lines[Math.round(b.top)] = true; } });"
                        + "   if (Object.keys(lines).length > 1) { out.push('word \u201c' + m[0] + '\u201d broken in '"
                        + "    + el.tagName.toLowerCase() + '.' + String(el.className).trim().split(/\\s+/).join('.')); }"
                        + " } } });"
                        + "var ctx = document.createElement('canvas').getContext('2d');"
                        + "document.querySelectorAll('select').forEach(function (sel) {"
                        + " if (!sel.getClientRects().length || sel.selectedIndex < 0) { return; }"
                        + " var cs = getComputedStyle(sel); ctx.font = cs.font;"
                        + " var text = sel.options[sel.selectedIndex].text;"
                        + " var need = ctx.measureText(text).width + parseFloat(cs.paddingLeft)"
                        + "  + parseFloat(cs.paddingRight) + parseFloat(cs.borderLeftWidth) + parseFloat(cs.borderRightWidth);"
                        + " if (need > sel.getBoundingClientRect().width + 1) { out.push('select ' + (sel.id || sel.name)"
                        + "  + ' cuts \u201c' + text + '\u201d (' + Math.round(sel.getBoundingClientRect().width)"
                        + "  + ' px for ' + Math.ceil(need) + ')'); } });"
                        + "return out;");
    }

    /** Empty when the box {@code selector} (a table's scroll box) shows all its content without scrolling sideways. */
    public static List<String> scrollsSideways(WebDriver web, String selector) {
        Object r = ((JavascriptExecutor) web)
                .executeScript(
                        "var el = document.querySelector(arguments[0]);"
                                + "return el && el.scrollWidth > el.clientWidth + 1"
                                + " ? el.scrollWidth + ' px of content in ' + el.clientWidth + ' px' : null;",
                        selector);
        return r == null ? List.of() : List.of(selector + " scrolls sideways: " + r);
    }

    /**
     * What a browser test asks of every page it opens, once it is settled: no serious or critical axe-core violation,
     * no English left on a page in another language, nothing sideways at the window's width, no word nor select cut;
     * then a screenshot {@code name}.
     */
    public static void checkPage(WebDriver web, String name, String language) {
        settle(web);
        org.assertj.core.api.Assertions.assertThat(seriousViolations(web))
                .as("axe-core on " + name)
                .isEmpty();
        org.assertj.core.api.Assertions.assertThat(Untranslated.on(web, language))
                .as("English left on " + name)
                .isEmpty();
        org.assertj.core.api.Assertions.assertThat(sidewaysOverflow(web))
                .as(name + " fits its width")
                .isEmpty();
        org.assertj.core.api.Assertions.assertThat(cutWords(web))
                .as("cut words on " + name)
                .isEmpty();
        screenshot(web, name);
    }

    /** A screenshot of the current page in target/screenshots/{name}.png. */
    public static void screenshot(WebDriver web, String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) web).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

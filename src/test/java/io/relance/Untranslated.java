package io.relance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * English left on a page shown in another language: the English wording of every message (of every module's bundle)
 * that this language translates differently, found in the page's visible text. Only wordings of two words or more
 * without parameters are looked for, so that a word both languages share ("Total", "Contact") is never a finding.
 */
public final class Untranslated {

    private static final Map<String, List<Pattern>> ENGLISH_BY_LANGUAGE = new ConcurrentHashMap<>();

    private Untranslated() {}

    /** One line per English wording visible on the page; empty for an English page. */
    public static List<String> on(WebDriver web, String language) {
        if ("en".equals(language)) {
            return List.of();
        }
        String text = ((String) ((JavascriptExecutor) web).executeScript("return document.body.innerText;"))
                .replaceAll("\\s+", " ");
        List<String> found = new ArrayList<>();
        for (Pattern english : ENGLISH_BY_LANGUAGE.computeIfAbsent(language, Untranslated::englishOnly)) {
            Matcher m = english.matcher(text);
            if (m.find()) {
                found.add("\u201c" + m.group() + "\u201d");
            }
        }
        return found;
    }

    private static List<Pattern> englishOnly(String language) {
        List<Pattern> wordings = new ArrayList<>();
        try {
            Resource[] bundles =
                    new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/**/messages.properties");
            for (Resource bundle : bundles) {
                Properties english = load(bundle);
                Properties translated = load(bundle.createRelative("messages_" + language + ".properties"));
                for (String key : english.stringPropertyNames()) {
                    String en = english.getProperty(key).replaceAll("\\s+", " ").strip();
                    String other = translated.getProperty(key);
                    if (other != null
                            && !other.strip().equals(en)
                            && !en.contains("{")
                            && en.split(" ").length >= 2
                            && en.length() >= 10) {
                        // whole words only: "No contact" is not in Spanish "No contactar"
                        wordings.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(en) + "(?![\\p{L}\\p{N}])"));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return wordings;
    }

    private static Properties load(Resource resource) throws IOException {
        Properties properties = new Properties();
        if (resource.exists()) {
            try (InputStream in = resource.getInputStream()) {
                properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return properties;
    }
}

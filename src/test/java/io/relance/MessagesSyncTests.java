package io.relance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every visible text exists in English, French, Spanish and German, in the bundle of the module that shows it
 * ({@code i18n/<module>/messages*.properties}; the shared kernel's in {@code i18n/messages*.properties}): a key
 * missing from one language fails, and each module's keys carry only that module's prefixes.
 */
class MessagesSyncTests {

    /** Each bundle and the key prefixes it owns (a prefix belongs to one bundle). */
    static final Map<String, List<String>> FIRST_BUNDLES = Map.of(
            "i18n/messages",
            List.of(
                    "action",
                    "app",
                    "bytes",
                    "error",
                    "language",
                    "layout",
                    "list",
                    "mask",
                    "nav",
                    "numbering",
                    "problem",
                    "search",
                    "typeMismatch",
                    "validation"),
            "i18n/party/messages",
            List.of(
                    "thirdparty",
                    "thirdParty",
                    "customFields",
                    "status",
                    "potential",
                    "potentials",
                    "tags",
                    "segments",
                    "merge",
                    "bulk",
                    "exception",
                    "columns",
                    "duplicates"),
            "i18n/history/messages",
            List.of("history", "files"),
            "i18n/catalog/messages",
            List.of("catalog"),
            "i18n/quote/messages",
            List.of("quote"),
            "i18n/messaging/messages",
            List.of("messaging"),
            "i18n/tracking/messages",
            List.of("tracking"),
            "i18n/notification/messages",
            List.of("notification"),
            "i18n/quotedocument/messages",
            List.of("quoteDocument"),
            "i18n/workspace/messages",
            List.of(
                    "users",
                    "user",
                    "setup",
                    "tokens",
                    "login",
                    "profile",
                    "settings",
                    "signup",
                    "role",
                    "home",
                    "password",
                    "workspace",
                    "branding"));

    /**
     * Every bundle the application loads ({@code spring.messages.basename}): those above with their prefixes, any
     * other module's bundle ({@code i18n/<module>/messages}) with its module's name as its one prefix.
     */
    static final Map<String, List<String>> BUNDLES = all();

    private static Map<String, List<String>> all() {
        Map<String, List<String>> all = new HashMap<>();
        for (String bundle : loadedBundles()) {
            all.put(bundle, FIRST_BUNDLES.getOrDefault(bundle, List.of(bundle.split("/")[1])));
        }
        return Map.copyOf(all);
    }

    private static List<String> loadedBundles() {
        try {
            Properties app = load("application.properties");
            return List.of(app.getProperty("spring.messages.basename").split(","));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theApplicationLoadsEveryBundleOfTheTreeAndTheFirstOnesAmongThem() throws Exception {
        Set<String> onDisk = new TreeSet<>();
        var root = MessagesSyncTests.class.getClassLoader().getResource("i18n/messages.properties");
        Path i18n = Path.of(root.toURI()).getParent();
        try (Stream<Path> files = Files.walk(i18n)) {
            files.filter(f -> f.getFileName().toString().equals("messages.properties"))
                    .forEach(f -> onDisk.add(
                            ("i18n/" + i18n.relativize(f)).replace('\\', '/').replace(".properties", "")));
        }
        assertThat(new TreeSet<>(loadedBundles())).isEqualTo(onDisk);
        assertThat(BUNDLES.keySet()).containsAll(FIRST_BUNDLES.keySet());
    }

    static Stream<Arguments> bundlesAndLanguages() {
        return BUNDLES.keySet().stream()
                .sorted()
                .flatMap(bundle -> Stream.of("fr", "es", "de").map(language -> Arguments.of(bundle, language)));
    }

    @ParameterizedTest(name = "{0}_{1} has exactly the keys of the English bundle, none empty")
    @MethodSource("bundlesAndLanguages")
    void everyBundleHasEveryKeyInEveryLanguage(String bundle, String language) throws IOException {
        Properties english = load(bundle + ".properties");
        Properties other = load(bundle + "_" + language + ".properties");
        Set<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(other.stringPropertyNames());
        Set<String> extra = new TreeSet<>(other.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());
        assertThat(missing).as("keys missing from " + bundle + "_" + language).isEmpty();
        assertThat(extra).as("keys only in " + bundle + "_" + language).isEmpty();
        assertThat(other.stringPropertyNames())
                .allSatisfy(key -> assertThat(other.getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void eachModulesKeysCarryItsOwnPrefixesAndNoKeyIsInTwoBundles() throws IOException {
        Map<String, String> owner = new HashMap<>();
        for (var bundle : BUNDLES.entrySet()) {
            for (String key : load(bundle.getKey() + ".properties").stringPropertyNames()) {
                String prefix = key.substring(0, key.contains(".") ? key.indexOf('.') : key.length());
                assertThat(bundle.getValue()).as(key + " in " + bundle.getKey()).contains(prefix);
                assertThat(owner.put(key, bundle.getKey()))
                        .as(key + " in two bundles")
                        .isNull();
            }
        }
        Set<String> prefixes = new TreeSet<>();
        BUNDLES.values()
                .forEach(list ->
                        list.forEach(p -> assertThat(prefixes.add(p)).as(p).isTrue()));
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesSyncTests.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}

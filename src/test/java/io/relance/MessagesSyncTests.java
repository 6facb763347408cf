package io.relance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every visible text exists in English, French, Spanish and German: a key missing from one bundle fails. */
class MessagesSyncTests {

    @ParameterizedTest(name = "messages_{0} has exactly the keys of the English bundle, none empty")
    @ValueSource(strings = {"fr", "es", "de"})
    void everyBundleHasEveryKey(String language) throws IOException {
        Properties english = load("i18n/messages.properties");
        Properties other = load("i18n/messages_" + language + ".properties");
        Set<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(other.stringPropertyNames());
        Set<String> extra = new TreeSet<>(other.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());
        assertThat(missing).as("keys missing from messages_" + language).isEmpty();
        assertThat(extra).as("keys only in messages_" + language).isEmpty();
        assertThat(other.stringPropertyNames())
                .allSatisfy(key -> assertThat(other.getProperty(key)).as(key).isNotBlank());
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

package io.relance.followup.lost;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The texts of negotiations and losses that take arguments are valid message formats in every language. */
class LostMessagesUnitTests {

    @ParameterizedTest
    @ValueSource(strings = {"", "_fr", "_es", "_de"})
    void everyTextWithArgumentsIsAValidMessageFormat(String language) throws Exception {
        Properties texts = new Properties();
        try (var in = getClass().getResourceAsStream("/i18n/followup/messages" + language + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        texts.stringPropertyNames().stream()
                .filter(k -> k.startsWith("followup.negotiation.") || k.startsWith("followup.lost."))
                .filter(k -> texts.getProperty(k).contains("{"))
                .forEach(k -> assertThatCode(() ->
                                new MessageFormat(texts.getProperty(k), Locale.ROOT).format(new Object[] {3, 7, "x"}))
                        .as(k + language)
                        .doesNotThrowAnyException());
    }
}

package io.relance.workspace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class ByteSizesUnitTests {

    final ByteSizes bytes = new ByteSizes(messages());

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Test
    void aSmallFileShowsItsBytesNotZeroKilobytes() {
        assertThat(bytes.format(74, Locale.ENGLISH)).isEqualTo("74\u00a0B");
        assertThat(bytes.format(0, Locale.ENGLISH)).isEqualTo("0\u00a0B");
        assertThat(bytes.format(1023, Locale.ENGLISH)).isEqualTo("1,023\u00a0B");
    }

    @Test
    void largerFilesShowOneDecimalBelowTenUnitsInTheUsersLanguage() {
        assertThat(bytes.format(1536, Locale.ENGLISH)).isEqualTo("1.5\u00a0KB");
        assertThat(bytes.format(1536, Locale.FRENCH)).isEqualTo("1,5\u00a0Ko");
        assertThat(bytes.format(74, Locale.FRENCH)).isEqualTo("74\u00a0o");
        assertThat(bytes.format(12 * 1024 * 1024 + 300_000, Locale.GERMAN)).isEqualTo("12\u00a0MB");
        assertThat(bytes.format(5L * 1024 * 1024 * 1024, new Locale("es"))).isEqualTo("5\u00a0GB");
    }
}

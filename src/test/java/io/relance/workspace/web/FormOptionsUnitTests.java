package io.relance.workspace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class FormOptionsUnitTests {

    // in July, summer time: the offsets shown are still the standard ones
    final FormOptions options =
            new FormOptions(Optional.of(Clock.fixed(Instant.parse("2026-07-01T10:00:00Z"), ZoneOffset.UTC)));

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void currenciesAreTheOnesInUseTodayNamedInTheUsersLanguage() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        var currencies = options.currencies();
        assertThat(currencies).doesNotContainKeys("FRF", "DEM", "ESP", "ITL", "XXX", "XAU", "XTS");
        assertThat(currencies).containsKeys("EUR", "USD", "CHF", "GBP", "MAD", "XOF", "XAF", "XPF", "CAD");
        assertThat(currencies.get("EUR")).isEqualTo("EUR · Euro");
        assertThat(currencies.get("CHF")).isEqualTo("CHF · Swiss Franc");

        LocaleContextHolder.setLocale(Locale.GERMAN);
        assertThat(options.currencies().get("CHF")).isEqualTo("CHF · Schweizer Franken");
        LocaleContextHolder.setLocale(Locale.FRENCH);
        assertThat(options.currencies().get("USD")).isEqualTo("USD · Dollar des États-Unis");
    }

    @Test
    void commonTimeZonesComeFirstWithReadableNamesThenEveryOtherOnce() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        var common = options.commonTimeZones();
        assertThat(common.keySet()).first().isEqualTo("Europe/Paris");
        assertThat(common.get("Europe/Paris")).isEqualTo("Paris (UTC+01:00)");
        assertThat(common.get("Indian/Reunion")).startsWith("Reunion (").endsWith("(UTC+04:00)");
        assertThat(common.get("America/Argentina/Buenos_Aires"))
                .startsWith("Buenos Aires (")
                .endsWith("(UTC−03:00)");
        assertThat(common.get("UTC")).isEqualTo("UTC");

        var others = options.otherTimeZones();
        assertThat(others).doesNotContainKeys(common.keySet().toArray(String[]::new));
        assertThat(others.get("America/Argentina/Cordoba")).isEqualTo("America/Argentina/Cordoba (UTC−03:00)");
        assertThat(others.keySet()).noneMatch(z -> z.startsWith("Etc/") || z.startsWith("SystemV/"));

        List<String> all = new ArrayList<>(options.timeZones());
        assertThat(all).startsWith("Europe/Paris").doesNotHaveDuplicates().contains("Asia/Tokyo");
    }
}

package io.relance.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountriesUnitTests {

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({
        "FR, Europe/Paris",
        "fr, Europe/Paris",
        "DE, Europe/Berlin",
        "ES, Europe/Madrid",
        "GB, Europe/London",
        "US, America/New_York",
        "CA, America/Toronto",
        "AU, Australia/Sydney",
        "BR, America/Sao_Paulo",
        "RU, Europe/Moscow"
    })
    void aCountrysZoneIsItsOnlyOrMostPopulousOne(String country, String zone) {
        assertThat(Countries.zone(country)).contains(ZoneId.of(zone));
    }

    @ParameterizedTest(name = "\"{0}\" has none")
    @CsvSource({"XX", "''", "F"})
    void anUnknownCodeHasNoZone(String code) {
        assertThat(Countries.zone(code)).isEmpty();
        assertThat(Countries.zone(null)).isEmpty();
    }
}

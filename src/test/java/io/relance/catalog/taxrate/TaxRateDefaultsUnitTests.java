package io.relance.catalog.taxrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The usual rates a new workspace gets: its country's, the standard one first (the default); elsewhere one 20 %. */
class TaxRateDefaultsUnitTests {

    @ParameterizedTest(name = "{0}: standard {1} named \"{2}\", {3} rates")
    @CsvSource(
            delimiter = '|',
            value = {
                "FR|20|TVA 20 %|5",
                "DE|19|MwSt. 19 %|3",
                "ES|21|IVA 21 %|4",
                "CH|8.1|MWST 8,1 %|4",
                "GB|20|VAT 20 %|3",
                "US|20|Tax 20 %|1",
                "JP|20|Tax 20 %|1"
            })
    void eachCountryGetsItsUsualRatesTheStandardFirst(String country, String standard, String name, int count) {
        var rates = TaxRateDefaults.of(country);
        assertThat(rates).hasSize(count);
        assertThat(rates.get(0).percent()).isEqualByComparingTo(new BigDecimal(standard));
        assertThat(rates.get(0).name()).isEqualTo(name);
    }

    @Test
    void namesAreWrittenAsTheCountryWritesNumbers() {
        assertThat(TaxRateDefaults.of("FR"))
                .extracting(TaxRateDefaults.Usual::name)
                .contains("TVA 5,5 %", "TVA 2,1 %");
        assertThat(TaxRateDefaults.of("IE"))
                .extracting(TaxRateDefaults.Usual::name)
                .contains("VAT 13.5 %");
        assertThat(TaxRateDefaults.of(null))
                .extracting(TaxRateDefaults.Usual::name)
                .containsExactly("Tax 20 %");
    }
}

package io.relance.quote.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.shared.SupportedLocales;
import io.relance.shared.pdf.PdfTexts;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Money, rates, quantities and dates as each language prints them. */
class DocumentFormatUnitTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | €12,345.67 | 20% | 5.5% | 2.5 | December 1, 2026
            fr | 12 345,67 € | 20 % | 5,5 % | 2,5 | 1 décembre 2026
            es | 12.345,67 € | 20 % | 5,5 % | 2,5 | 1 de diciembre de 2026
            de | 12.345,67 € | 20 % | 5,5 % | 2,5 | 1. Dezember 2026
            """)
    void formatsForTheDocumentsLanguage(
            String language, String money, String full, String reduced, String quantity, String date) {
        DocumentFormat format = new DocumentFormat(SupportedLocales.of(language), "EUR");

        assertThat(PdfTexts.plainSpaces(format.money(new BigDecimal("12345.67"))))
                .isEqualTo(money);
        assertThat(PdfTexts.plainSpaces(format.percent(new BigDecimal("20")))).isEqualTo(full);
        assertThat(PdfTexts.plainSpaces(format.percent(new BigDecimal("5.50")))).isEqualTo(reduced);
        assertThat(format.quantity(new BigDecimal("2.500"))).isEqualTo(quantity);
        assertThat(format.date(LocalDate.of(2026, 12, 1))).isEqualTo(date);
    }
}

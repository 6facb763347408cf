package io.relance.shared.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relance.shared.InvalidInputException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodeMaskUnitTests {

    static final ZonedDateTime AT = ZonedDateTime.of(2026, 11, 22, 10, 0, 0, 0, ZoneOffset.UTC);

    @ParameterizedTest(name = "{0} #{1} -> {2} (period {3})")
    @CsvSource({
        "CU{yy}{mm}-{0000}, 1, CU2611-0001, 202611",
        "CU{yy}{mm}-{0000}, 42, CU2611-0042, 202611",
        "C{yyyy}/{000000}, 7, C2026/000007, 2026",
        "{dd}{mm}{yy}-{00}, 3, 221126-03, 20261122",
        "CL-{0000+100}, 1, CL-0101, all",
        "CL-{0000}, 12345, CL-12345, all",
        "F{yy}-{0000@1}, 5, F26-0005, FY2026",
        "F{yy}-{0000@7}, 5, F26-0005, FY2026",
        "M{0000@99}, 9, M0009, 202611",
        "N{yy}{mm}{0000@0}, 2, N26110002, all",
        "{0000+100}, 1, 0101, all",
        "{0000+100@99}, 3, 0103, 202611",
        "D{yyyy}{mm}{dd}-{0}, 7, D20261122-7, 20261122",
        "Y{yy}-{0000@12}, 1, Y26-0001, FY2025"
    })
    void masksMakeCodesAndPeriods(String mask, long n, String code, String period) {
        CodeMask parsed = CodeMask.parse(mask);
        assertThat(parsed.format(AT, n)).isEqualTo(code);
        assertThat(parsed.period(AT)).isEqualTo(period);
    }

    @ParameterizedTest(name = "fiscal year from month {0} on 2026-03-01 is {1}")
    @CsvSource({"1, FY2026", "4, FY2025", "3, FY2026", "12, FY2025", "99, 202603", "0, all"})
    void aYearlyResetFollowsTheFiscalYear(int month, String period) {
        ZonedDateTime march = ZonedDateTime.of(2026, 3, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        assertThat(CodeMask.parse("F{0000@" + month + "}").period(march)).isEqualTo(period);
    }

    @ParameterizedTest(name = "''{0}'' is refused: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "CU{yy}{mm}-{xx}|mask.unknownToken",
                "CU{yy}|mask.counter",
                "CU{000}{0000}|mask.counter",
                "CU{yy|mask.unclosed",
                "CU}{0000}|mask.unopened",
                "CU {0000}|mask.character",
                "CU<b>{0000}|mask.character",
                "C{0000@13}|mask.reset",
                "C{0000@100}|mask.reset",
                "C{0000@x}|mask.reset",
                "C{0000@}|mask.reset",
                "C{0000@-1}|mask.reset",
                "CU{}{0000}|mask.unknownToken",
                "CU{yyy}{0000}|mask.unknownToken",
                "CU{0000+x}|mask.unknownToken",
                "{yy}-{mm}|mask.counter",
                "{0000}{0000@1}|mask.counter",
                "CU{0000|mask.unclosed",
                "CU-é{0000}|mask.character",
                "CU%{0000}|mask.character",
                "C{0000000000000}|mask.width",
                "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMN{0000}|mask.length",
                " |validation.required"
            })
    void badMasksAreRefusedWithWhatIsWrong(String mask, String code) {
        assertThatThrownBy(() -> CodeMask.parse(mask))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).problems().get(0).code())
                        .isEqualTo(code));
    }
}

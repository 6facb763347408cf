package io.relance.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relance.shared.InvalidInputException;
import io.relance.shared.WorkspaceId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The branding's accent colour: its shape when saved, and how documents darken a light one. */
class AccentColorUnitTests {

    @Test
    void aColourIsSavedAsLowerCaseRrggbbAndAnythingElseIsAFieldError() {
        assertThat(AccentColor.normalize(" #0B5394 ")).isEqualTo("#0b5394");
        assertThat(AccentColor.normalize("blue")).isNull();
        assertThat(AccentColor.normalize("#fff")).isNull();
        assertThat(AccentColor.normalize("0b5394")).isNull();
        assertThat(rules("#0B5394").accentColor()).isEqualTo("#0b5394");
        assertThat(rules("  ").accentColor()).isNull();
        assertThatThrownBy(() -> rules("bleu"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .satisfies(p -> assertThat(p.field()).isEqualTo("accentColor")));
    }

    @Test
    void aDarkColourIsKeptAndALightOneDarkenedToFourAndAHalfToOneOnWhite() {
        assertThat(AccentColor.readableOnWhite("#0b5394")).isEqualTo("#0b5394");
        assertThat(AccentColor.readableOnWhite("#000000")).isEqualTo("#000000");
        String gold = AccentColor.readableOnWhite("#f0b400");
        assertThat(gold).isEqualTo("#8d6a00");
        assertThat(contrastWithWhite(gold)).isGreaterThanOrEqualTo(4.5);
        assertThat(contrastWithWhite(AccentColor.readableOnWhite("#ffffff"))).isGreaterThanOrEqualTo(4.5);
        assertThat(new Branding(
                                null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                                null, null, "#f0b400", null, 1)
                        .accentOnWhite())
                .isEqualTo(gold);
    }

    private static Branding rules(String colour) {
        return BrandingRules.check(
                new WorkspaceId(UUID.randomUUID()),
                "FR",
                new BrandingChanges(
                        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        colour, 0L));
    }

    private static double contrastWithWhite(String hex) {
        double l = 0.2126 * linear(hex.substring(1, 3))
                + 0.7152 * linear(hex.substring(3, 5))
                + 0.0722 * linear(hex.substring(5, 7));
        return 1.05 / (l + 0.05);
    }

    private static double linear(String channel) {
        double c = Integer.parseInt(channel, 16) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}

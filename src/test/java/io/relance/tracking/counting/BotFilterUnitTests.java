package io.relance.tracking.counting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BotFilterUnitTests {

    @Test
    void theMaintainedListIsReadFromTheClassPathWithoutItsComments() {
        BotFilter standard = BotFilter.standard();
        assertThat(standard.size()).isGreaterThan(50);
        assertThat(standard.isBot("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15"
                        + " (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1"))
                .isFalse();
    }

    @Test
    void fragmentsMatchAnywhereWhateverTheCase() {
        BotFilter filter = new BotFilter(List.of("# a comment", "", "  Mimecast "));
        assertThat(filter.isBot("something MIMECAST/2")).isTrue();
        assertThat(filter.isBot("Firefox")).isFalse();
        assertThat(filter.isBot(null)).isTrue();
        assertThat(filter.size()).isEqualTo(1);
    }
}

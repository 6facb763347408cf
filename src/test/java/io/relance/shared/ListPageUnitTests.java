package io.relance.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListPageUnitTests {

    @Test
    void anExtraFetchedRowMeansThereIsANextPage() {
        ListPage<Integer> page = ListPage.of(List.of(1, 2, 3), 2, String::valueOf);
        assertThat(page.items()).containsExactly(1, 2);
        assertThat(page.nextCursor()).isEqualTo("2");
    }

    @Test
    void theLastPageHasNoCursor() {
        assertThat(ListPage.of(List.of(1, 2), 2, String::valueOf).nextCursor()).isNull();
    }

    @Test
    void cursorsRoundTripAndGarbageIsAFieldError() {
        assertThat(Cursors.decode(Cursors.encode("Zoé", "42"), 2)).containsExactly("Zoé", "42");
        assertThatThrownBy(() -> Cursors.decode("%%%", 2)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Cursors.decode(Cursors.encode("a"), 2)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void limitsAreBetweenOneAndFiveHundred() {
        assertThat(PageRequest.of(null, null).limit()).isEqualTo(50);
        assertThat(PageRequest.of(500, "").cursor()).isNull();
        assertThatThrownBy(() -> PageRequest.of(0, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PageRequest.of(501, null)).isInstanceOf(InvalidInputException.class);
    }
}

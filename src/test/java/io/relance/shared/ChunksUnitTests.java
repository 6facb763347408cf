package io.relance.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChunksUnitTests {

    @Test
    void aListComesInPiecesOfAtMostTheSizeInOrder() {
        assertThat(Chunks.of(List.of(1, 2, 3, 4, 5), 2)).containsExactly(List.of(1, 2), List.of(3, 4), List.of(5));
        assertThat(Chunks.of(List.of(1, 2, 3, 4), 2)).containsExactly(List.of(1, 2), List.of(3, 4));
        assertThat(Chunks.of(List.of(1), 500)).containsExactly(List.of(1));
    }

    @Test
    void anEmptyListHasNoPieces() {
        assertThat(Chunks.of(List.of(), 500)).isEmpty();
    }

    @Test
    void aChunkGivenWholeIsCopiedOrRefusedWhenTooLong() {
        assertThat(Chunks.atMost(List.of(1, 2), 2, "opens an event")).containsExactly(1, 2);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Chunks.atMost(List.of(1, 2, 3), 2, "opens an event"))
                .withMessage("At most 2 opens an event: 3");
    }
}

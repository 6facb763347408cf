package io.relance.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class EventKindUnitTests {

    @Test
    void theTimelineGroupsCoverEveryKindOnce() {
        EnumSet<EventKind> seen = EnumSet.noneOf(EventKind.class);
        for (String group : new String[] {"notes", "calls", "messages", "changes", "files"}) {
            EnumSet<EventKind> kinds = EnumSet.copyOf(EventKind.group(group));
            kinds.forEach(kind -> assertThat(seen).as(group).doesNotContain(kind));
            seen.addAll(kinds);
        }
        assertThat(seen).isEqualTo(EnumSet.allOf(EventKind.class));
        assertThat(EventKind.group("changes"))
                .contains(EventKind.MERGED, EventKind.OWNER_CHANGED)
                .doesNotContain(EventKind.CALL, EventKind.FILE_ADDED);
    }
}

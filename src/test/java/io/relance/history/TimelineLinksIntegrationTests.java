package io.relance.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relance.ModuleTest;
import io.relance.shared.Db;
import io.relance.shared.ListPage;
import io.relance.shared.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One entry, several timelines: an entry recorded on one record (a quote) and linked to others (its third party)
 * shows on each, pages with the record's own entries, follows a merge and goes with a purge. A module test: the
 * history module alone (with shared), no other module's bean.
 */
@ModuleTest
class TimelineLinksIntegrationTests {

    static final String OPENED = "history.email"; // any registered type: the history module's own will do
    static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

    @Autowired
    HistoryManagement history;

    @Autowired
    EntryTypes entryTypes;

    @Autowired
    JdbcClient jdbc;

    UUID ws;
    Target quote;
    Target party;

    @BeforeEach
    void aQuoteOfAThirdParty() {
        ws = UUID.randomUUID();
        // the workspace row the entries' key needs, written as the workspace module would (not started here)
        jdbc.sql("INSERT INTO workspaces (id, name, currency, default_locale, time_zone, country, created_at, version)"
                        + " VALUES (?, 'Links', 'EUR', 'en', 'Europe/Paris', 'FR', ?, 0)")
                .params(ws, Db.ts(T0))
                .update();
        quote = new Target("QUOTE", UUID.randomUUID());
        party = Target.thirdParty(UUID.randomUUID());
    }

    HistoryEvent entry(Target on, String summary, Instant at, Target... alsoOn) {
        return history.record(ws, HistoryEvent.of(on, OPENED, summary, null, at).alsoOn(alsoOn));
    }

    List<String> summaries(Target target) {
        return history.timeline(ws, target, entryTypes.group("all"), PageRequest.of(100, null)).items().stream()
                .map(HistoryEvent::summary)
                .toList();
    }

    @Test
    void anEntryLinkedToAnotherRecordShowsOnBothTimelines() {
        entry(quote, "opened", T0, party);
        entry(party, "called", T0.plusSeconds(60));

        assertThat(summaries(quote)).containsExactly("opened");
        assertThat(summaries(party)).containsExactly("called", "opened");
        HistoryEvent shown = history.timeline(ws, quote, Set.of(OPENED), PageRequest.of(10, null))
                .items()
                .get(0);
        assertThat(shown.target()).isEqualTo(quote);
        assertThat(shown.links()).containsExactly(party);
    }

    @Test
    void ownAndLinkedEntriesPageTogetherNewestFirstWithoutLosingOrRepeatingOne() {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Instant at = T0.plusSeconds(i * 60L);
            if (i % 2 == 0) {
                entry(party, "own " + i, at);
            } else {
                entry(quote, "linked " + i, at, party);
            }
            expected.add(0, (i % 2 == 0 ? "own " : "linked ") + i);
        }
        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            ListPage<HistoryEvent> page =
                    history.timeline(ws, party, entryTypes.group("all"), PageRequest.of(2, cursor));
            page.items().forEach(e -> paged.add(e.summary()));
            cursor = page.nextCursor();
        } while (cursor != null);
        assertThat(paged).containsExactlyElementsOf(expected);
    }

    @Test
    void aMergeMovesTheLinksAndAPurgeForgetsThem() {
        Target survivor = Target.thirdParty(UUID.randomUUID());
        entry(quote, "opened", T0, party);
        entry(survivor, "already there", T0.plusSeconds(1), quote);

        history.moveTarget(ws, party, survivor);
        assertThat(summaries(party)).isEmpty();
        assertThat(summaries(survivor)).containsExactly("already there", "opened");

        history.forget(ws, survivor);
        assertThat(summaries(survivor)).isEmpty();
        // the quote keeps its own entry; the survivor's entry that was linked to it is gone with the survivor
        assertThat(summaries(quote)).containsExactly("opened");
    }

    @Test
    void anEntryTypeNoModuleRegisteredIsRefused() {
        assertThatThrownBy(() -> history.record(ws, HistoryEvent.of(quote, "quote.gossip", "x", null, T0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EntryType("Not A Key", "changes", "x", "t", "f"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachRegisteredTypeBelongsToOneFilterGroupAndHasALabel() {
        Set<String> all = entryTypes.group("all");
        List<String> grouped = new ArrayList<>();
        EntryTypes.GROUPS.forEach(g -> grouped.addAll(entryTypes.group(g)));
        assertThat(grouped).hasSameSizeAs(all).containsExactlyInAnyOrderElementsOf(all);
        // the history module alone here: the party's types are checked with the whole application (TimelineDisplay)
        assertThat(entryTypes.group("changes")).doesNotContain("history.call", "history.file-added");
        assertThat(entryTypes.all()).allSatisfy(t -> assertThat(t.labelKey()).isNotBlank());
    }
}

package io.relance.tracking.counting;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.shared.DatabaseKind;
import io.relance.shared.WorkspaceId;
import io.relance.tracking.EngagementsChanged;
import io.relance.tracking.IssuedLink;
import io.relance.tracking.LinksOpened;
import io.relance.tracking.TrackingEventsProbe;
import io.relance.tracking.TrackingTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A batch of page events publishes its opens as sets, not one event per open: {@link LinksOpened} per
 * {@link LinksOpened#maxOpens} opens (25 on H2, 400 on PostgreSQL) with each subject's first open marked once,
 * {@link EngagementsChanged} with each subject once; the longest of each fits what the event publication registry
 * stores on H2, and round-trips on PostgreSQL.
 */
class BatchedOpensIntegrationTests extends TrackingTest {

    @Autowired
    EventRecorder recorder;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    TrackingEventsProbe probe;

    @Autowired
    EventSerializer serializer;

    @Autowired
    DatabaseKind database;

    @Test
    void aBatchOfThirtyOpensOfThreeSubjectsIsOneEventPerMostOpensWithOneFirstOpenPerSubject() {
        WorkspaceId ws = workspaces.create("Batched opens").id();
        List<Fetch> fetches = fetches(ws, 3, 10);
        Instant at = clock.instant();
        List<EventRecorder.Accepted> batch = new ArrayList<>();
        for (int i = 0; i < fetches.size(); i++) {
            Fetch f = fetches.get(i);
            // each visit from its own device: each event is an open
            PageEvent event = new PageEvent(f.visit(), "device-" + i, PageEvent.Type.INTERACTION, 0, false);
            batch.add(EventRecorder.Accepted.event(f.link().link(), event, at.plusMillis(i)));
        }
        new TransactionTemplate(transactions).executeWithoutResult(s -> recorder.record(ws, batch));

        List<IssuedLink> subjects = fetches.stream().map(Fetch::link).distinct().toList();
        List<LinksOpened> published = subjects.stream()
                .flatMap(l -> probe.openEvents(l.link().subjectId()).stream())
                .distinct()
                .toList();
        int max = LinksOpened.maxOpens(database.postgres());
        if (database.postgres()) {
            assertThat(published)
                    .singleElement()
                    .satisfies(e -> assertThat(e.opens()).hasSize(30));
        } else {
            assertThat(published).hasSize(2);
            assertThat(published.get(0).opens()).hasSize(max);
            assertThat(published.get(1).opens()).hasSize(30 - max);
        }
        for (IssuedLink subject : subjects) {
            UUID id = subject.link().subjectId();
            assertThat(probe.opened(id)).hasSize(10);
            assertThat(probe.opened(id)).filteredOn(LinksOpened.Open::first).hasSize(1);
            assertThat(probe.opened(id).get(0).first()).isTrue();
            assertThat(probe.changed(id))
                    .singleElement()
                    .satisfies(c -> assertThat(c.opens()).isEqualTo(10));
            assertThat(engagement(subject).opens()).isEqualTo(10);
        }
        assertThat(published).allSatisfy(e -> assertThat(e.workspace()).isEqualTo(ws));
    }

    @Test
    void theLongestEventsFitWhatTheRegistryStoresOnH2() {
        LinksOpened opens = longestOpens(LinksOpened.MAX_OPENS_H2);
        EngagementsChanged changes = longestChanges(EngagementsChanged.MAX_CHANGES_H2);
        assertThat(serializer.serialize(opens).toString()).hasSizeLessThan(4_000);
        assertThat(serializer.serialize(changes).toString()).hasSizeLessThan(4_000);
        assertThat(serializer.deserialize(serializer.serialize(opens), LinksOpened.class))
                .isEqualTo(opens);
    }

    @Test
    void theLongestEventsOnPostgresqlRoundTripAndNoLongerOnesAreMade() {
        LinksOpened opens = longestOpens(LinksOpened.MAX_OPENS);
        EngagementsChanged changes = longestChanges(EngagementsChanged.MAX_CHANGES);
        assertThat(serializer.deserialize(serializer.serialize(opens), LinksOpened.class))
                .isEqualTo(opens);
        assertThat(serializer.deserialize(serializer.serialize(changes), EngagementsChanged.class))
                .isEqualTo(changes);
        assertThat(LinksOpened.of(opens.workspace(), "quote", opens.opens(), Integer.MAX_VALUE))
                .singleElement();
        assertThat(LinksOpened.of(opens.workspace(), "quote", opens.opens(), LinksOpened.MAX_OPENS_H2))
                .hasSize(LinksOpened.MAX_OPENS / LinksOpened.MAX_OPENS_H2);
    }

    static final Instant LATEST = Instant.parse("2026-12-31T23:59:59.999999999Z");

    static LinksOpened longestOpens(int n) {
        return new LinksOpened(
                new WorkspaceId(UUID.randomUUID()),
                "quote",
                Collections.nCopies(n, new LinksOpened.Open(UUID.randomUUID(), false, LATEST)));
    }

    static EngagementsChanged longestChanges(int n) {
        return new EngagementsChanged(
                new WorkspaceId(UUID.randomUUID()),
                "quote",
                Collections.nCopies(
                        n,
                        new EngagementsChanged.Change(
                                UUID.randomUUID(), Integer.MIN_VALUE, Integer.MIN_VALUE, LATEST, Integer.MIN_VALUE)));
    }
}

package io.relance.tracking.counting;

import static org.assertj.core.api.Assertions.assertThat;

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
 * {@value LinksOpened#MAX_OPENS} opens with each subject's first open marked once, {@link EngagementsChanged} with
 * each subject once; the longest of each fits what the event publication registry stores on H2.
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

    @Test
    void aBatchOfThirtyOpensOfThreeSubjectsIsTwoEventsWithOneFirstOpenPerSubject() {
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
        assertThat(published).hasSize(2);
        assertThat(published.get(0).opens()).hasSize(LinksOpened.MAX_OPENS);
        assertThat(published.get(1).opens()).hasSize(30 - LinksOpened.MAX_OPENS);
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
        WorkspaceId ws = new WorkspaceId(UUID.randomUUID());
        Instant at = Instant.parse("2026-12-31T23:59:59.999999999Z");
        LinksOpened opens = new LinksOpened(
                ws,
                "quote",
                Collections.nCopies(LinksOpened.MAX_OPENS, new LinksOpened.Open(UUID.randomUUID(), false, at)));
        EngagementsChanged changes = new EngagementsChanged(
                ws,
                "quote",
                Collections.nCopies(
                        EngagementsChanged.MAX_CHANGES,
                        new EngagementsChanged.Change(
                                UUID.randomUUID(), Integer.MIN_VALUE, Integer.MIN_VALUE, at, Integer.MIN_VALUE)));
        assertThat(serializer.serialize(opens).toString()).hasSizeLessThan(4_000);
        assertThat(serializer.serialize(changes).toString()).hasSizeLessThan(4_000);
        assertThat(serializer.deserialize(serializer.serialize(opens), LinksOpened.class))
                .isEqualTo(opens);
    }
}

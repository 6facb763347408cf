package io.relance.party.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relance.IntegrationTest;
import io.relance.history.HistoryEvent;
import io.relance.party.PartyEntryTypes;
import io.relance.party.ProspectStatus;
import io.relance.party.ThirdPartyFixture;
import io.relance.party.ThirdPartyId;
import io.relance.party.core.Tag;
import io.relance.party.core.ThirdPartyManagement;
import io.relance.party.core.ThirdPartyTimeline;
import io.relance.shared.InvalidInputException;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import io.relance.workspace.WorkspaceFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Bulk changes are set-based, yet every record changed shows on its timeline, within reach and the tag limit. */
@IntegrationTest
class BulkChangesIntegrationTests {

    @Autowired
    WorkspaceFixture workspaces;

    @Autowired
    ThirdPartyFixture thirdParties;

    @Autowired
    BulkChanges bulkChanges;

    @Autowired
    ThirdPartyManagement management;

    @Autowired
    ThirdPartyTimeline timeline;

    @Test
    void aStatusChangeReachesOnlyWhatTheRepMaySeeAndRecordsEachRecordChanged() {
        var team = workspaces.team();
        var other = workspaces.create("Other");
        List<UUID> ids = new ArrayList<>();
        IntStream.range(0, 3)
                .forEach(i ->
                        ids.add(thirdParties.of(team.alice()).named("Mine " + i).createUuid()));
        UUID already = thirdParties
                .of(team.alice())
                .named("Already")
                .status(ProspectStatus.CONTACTED)
                .createUuid();
        UUID bobs = thirdParties.of(team.bob()).named("Bob's").createUuid();
        UUID foreign = thirdParties.of(other.admin()).named("Foreign").createUuid();
        UUID deleted = thirdParties.of(team.alice()).named("Deleted").createUuid();
        management.delete(team.alice(), new ThirdPartyId(deleted));
        List<UUID> selection = new ArrayList<>(ids);
        selection.addAll(List.of(already, bobs, foreign, deleted, UUID.randomUUID()));

        int reached =
                bulkChanges.bulk(team.alice(), new BulkChange(selection, ProspectStatus.CONTACTED, null, null, null));

        assertThat(reached).isEqualTo(4);
        for (UUID id : ids) {
            assertThat(management
                            .get(team.alice(), new ThirdPartyId(id))
                            .thirdParty()
                            .status())
                    .isEqualTo(ProspectStatus.CONTACTED);
            assertThat(events(team.alice(), id, PartyEntryTypes.STATUS_CHANGED))
                    .singleElement()
                    .satisfies(e -> assertThat(e.changes().get(0).after()).isEqualTo("CONTACTED"));
        }
        assertThat(events(team.alice(), already, PartyEntryTypes.STATUS_CHANGED))
                .isEmpty();
        assertThat(management
                        .get(team.bob(), new ThirdPartyId(bobs))
                        .thirdParty()
                        .status())
                .isNotEqualTo(ProspectStatus.CONTACTED);
        assertThat(management
                        .get(other.admin(), new ThirdPartyId(foreign))
                        .thirdParty()
                        .status())
                .isNotEqualTo(ProspectStatus.CONTACTED);
    }

    @Test
    void aBulkTagIsRecordedOnTheTimelineAndStopsAtTheTagLimit() {
        var acme = workspaces.create("Acme");
        RelanceUser manager = acme.manager("Maud");
        UUID plain = thirdParties.of(manager).named("Plain").createUuid();
        var full = thirdParties.of(manager).named("Full");
        full.tagged(IntStream.range(0, 30).mapToObj(i -> "t" + i).toArray(String[]::new));
        UUID fullId = full.createUuid();

        int reached = bulkChanges.bulk(manager, new BulkChange(List.of(plain, fullId), null, null, null, " VIP "));

        assertThat(reached).isEqualTo(1);
        assertThat(management.get(manager, new ThirdPartyId(plain)).tags())
                .extracting(Tag::name)
                .containsExactly("VIP");
        assertThat(management.get(manager, new ThirdPartyId(fullId)).tags()).hasSize(30);
        assertThat(events(manager, plain, PartyEntryTypes.FIELD_CHANGED))
                .singleElement()
                .satisfies(e -> assertThat(e.changes().get(0).after()).isEqualTo("VIP"));
        assertThat(events(manager, fullId, PartyEntryTypes.FIELD_CHANGED)).isEmpty();

        assertThat(bulkChanges.bulk(manager, new BulkChange(List.of(plain), null, null, null, "vip")))
                .as("already tagged: reached, but nothing more recorded")
                .isEqualTo(1);
        assertThat(events(manager, plain, PartyEntryTypes.FIELD_CHANGED)).hasSize(1);
    }

    @Test
    void aManagerReassignsAndChangesThePotentialOfManyAtOnce() {
        var acme = workspaces.create("Acme");
        RelanceUser manager = acme.manager("Maud");
        RelanceUser alice = acme.rep("Alice");
        List<UUID> ids = IntStream.range(0, 12)
                .mapToObj(i -> thirdParties.of(manager).named("N" + i).createUuid())
                .toList();
        String potential = management
                .get(manager, new ThirdPartyId(ids.get(0)))
                .thirdParty()
                .potential();

        assertThat(bulkChanges.bulk(
                        manager,
                        new BulkChange(ids, null, "high", alice.userId().value(), null)))
                .isEqualTo(12);

        for (UUID id : ids) {
            var tp = management.get(alice, new ThirdPartyId(id)).thirdParty();
            assertThat(tp.ownerId()).isEqualTo(alice.userId());
            assertThat(tp.potential()).isEqualTo("high");
            assertThat(events(manager, id, PartyEntryTypes.OWNER_CHANGED)).hasSize(1);
            assertThat(events(manager, id, PartyEntryTypes.POTENTIAL_CHANGED))
                    .singleElement()
                    .satisfies(e -> assertThat(e.changes().get(0).before()).isEqualTo(potential));
        }
        assertThatThrownBy(() -> bulkChanges.bulk(manager, new BulkChange(ids, null, "galactic", null, null)))
                .isInstanceOf(InvalidInputException.class);
    }

    private List<HistoryEvent> events(RelanceUser me, UUID id, String kind) {
        return timeline.timeline(me, new ThirdPartyId(id), java.util.Set.of(kind), new PageRequest(50, null))
                .items();
    }
}

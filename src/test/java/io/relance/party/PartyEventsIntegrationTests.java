package io.relance.party;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.ModuleTest;
import io.relance.party.core.ThirdPartyDetails;
import io.relance.party.core.ThirdPartyManagement;
import io.relance.party.merge.ThirdPartyMerge;
import io.relance.party.ownership.OwnershipManagement;
import io.relance.party.trash.TrashPurge;
import io.relance.shared.AdjustableClock;
import io.relance.shared.RelanceUser;
import io.relance.workspace.WorkspaceFixture;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/** The events the party module publishes, each from the use case that publishes it (a module test). */
@ModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class PartyEventsIntegrationTests {

    @Autowired
    WorkspaceFixture workspaces;

    @Autowired
    ThirdPartyFixture thirdParties;

    @Autowired
    ThirdPartyManagement management;

    @Autowired
    OwnershipManagement ownership;

    @Autowired
    ThirdPartyMerge merge;

    @Autowired
    TrashPurge purge;

    @Autowired
    AdjustableClock clock;

    @Test
    void creatingAThirdPartyAnnouncesItWithItsOwner(Scenario scenario) {
        RelanceUser alice = workspaces.create("Acme").rep("Alice");
        scenario.stimulate(() -> thirdParties.of(alice).named("Dupont").create())
                .andWaitForEventOfType(ThirdPartyCreated.class)
                .toArriveAndVerify((event, created) -> {
                    assertThat(event.thirdPartyId())
                            .isEqualTo(created.thirdParty().id());
                    assertThat(event.ownerId()).isEqualTo(alice.userId());
                    assertThat(event.workspaceId()).isEqualTo(alice.workspaceId());
                });
    }

    @Test
    void aNewStatusAnnouncesTheOldAndTheNew(Scenario scenario) {
        RelanceUser alice = workspaces.create("Acme").rep("Alice");
        ThirdPartyId id =
                thirdParties.of(alice).named("Dupont").create().thirdParty().id();
        scenario.stimulate(() -> management.changeStatus(alice, id, ProspectStatus.CONTACTED, null))
                .andWaitForEventOfType(ProspectStatusChanged.class)
                .matching(e -> e.thirdPartyId().equals(id))
                .toArriveAndVerify(e -> {
                    assertThat(e.from()).isEqualTo(ProspectStatus.NEVER_CONTACTED);
                    assertThat(e.to()).isEqualTo(ProspectStatus.CONTACTED);
                });
    }

    @Test
    void reassigningAnnouncesTheNewOwnerAndWhoGaveIt(Scenario scenario) {
        var acme = workspaces.create("Acme");
        RelanceUser manager = acme.manager("Maud");
        RelanceUser alice = acme.rep("Alice");
        ThirdPartyDetails created = thirdParties.of(manager).named("Dupont").create();
        ThirdPartyId id = created.thirdParty().id();
        scenario.stimulate(() -> ownership.reassign(
                        manager, id, alice.userId(), created.thirdParty().version()))
                .andWaitForEventOfType(OwnerChanged.class)
                .matching(e -> e.thirdPartyId().equals(id))
                .toArriveAndVerify(e -> {
                    assertThat(e.from()).isEqualTo(manager.userId());
                    assertThat(e.to()).isEqualTo(alice.userId());
                    assertThat(e.by()).isEqualTo(manager.userId());
                });
    }

    @Test
    void mergingAnnouncesTheSurvivorAndTheDuplicate(Scenario scenario) {
        RelanceUser alice = workspaces.create("Acme").rep("Alice");
        ThirdPartyId survivor =
                thirdParties.of(alice).named("Dupont").create().thirdParty().id();
        ThirdPartyId duplicate =
                thirdParties.of(alice).named("Dupont SA").create().thirdParty().id();
        scenario.stimulate(() -> merge.merge(alice, survivor, duplicate))
                .andWaitForEventOfType(ThirdPartiesMerged.class)
                .matching(e -> e.survivor().equals(survivor))
                .toArriveAndVerify(e -> assertThat(e.duplicate()).isEqualTo(duplicate));
    }

    @Test
    void erasingFromTheTrashAnnouncesThePurgedCode(Scenario scenario) {
        RelanceUser alice = workspaces.create("Acme").rep("Alice");
        var created = thirdParties.of(alice).named("Gone").create().thirdParty();
        management.delete(alice, created.id());
        clock.advance(ThirdPartyManagement.RESTORE_WINDOW.plus(Duration.ofDays(1)));
        scenario.stimulate(() -> purge.run())
                .andWaitForEventOfType(ThirdPartyPurged.class)
                .matching(e -> e.id().equals(created.id()))
                .toArriveAndVerify(e -> assertThat(e.code()).isEqualTo(created.code()));
    }
}

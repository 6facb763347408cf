package io.relance.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.ClockReset;
import io.relance.TestDatabases;
import io.relance.shared.RelanceUser;
import io.relance.shared.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;

/**
 * The events the workspace module publishes, each from the use case that publishes it. A module test: the workspace
 * module alone (with shared), no other module's bean.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@ContextConfiguration(initializers = TestDatabases.class)
@ExtendWith({TestDatabases.class, ClockReset.class})
class WorkspaceEventsIntegrationTests {

    @Autowired
    WorkspaceFixture workspaces;

    @Autowired
    WorkspaceManagement management;

    @Test
    void addingAUserAnnouncesHimWithHisRole(Scenario scenario) {
        var acme = workspaces.create("Acme");
        scenario.stimulate(() -> management.createUser(
                        acme.admin(),
                        new NewUser("maud-" + System.nanoTime() + "@relance.test", "Maud", Role.MANAGER, "fr", null)))
                .andWaitForEventOfType(UserCreated.class)
                .matching(event -> event.workspaceId().equals(acme.id()))
                .toArriveAndVerify((event, created) -> {
                    assertThat(event.userId()).isEqualTo(created.user().id());
                    assertThat(event.role()).isEqualTo(Role.MANAGER);
                });
    }

    @Test
    void anAdminResettingAPasswordAnnouncesTheChangeOfAccess(Scenario scenario) {
        var acme = workspaces.create("Acme");
        RelanceUser rep = acme.rep("Rita");
        scenario.stimulate(() -> management.resetPassword(acme.admin(), rep.userId()))
                .andWaitForEventOfType(UserAccessChanged.class)
                .matching(event -> event.userId().equals(rep.userId()))
                .toArriveAndVerify(event -> {
                    assertThat(event.workspaceId()).isEqualTo(acme.id());
                    assertThat(event.email()).isEqualTo(rep.email());
                    assertThat(event.keepSessionId()).isNull();
                });
    }
}

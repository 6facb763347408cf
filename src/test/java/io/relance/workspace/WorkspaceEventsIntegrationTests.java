package io.relance.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.ModuleTest;
import io.relance.shared.RelanceUser;
import io.relance.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;

/**
 * The events the workspace module publishes, each from the use case that publishes it. A module test: the workspace
 * module alone (with shared), no other module's bean.
 */
@ModuleTest
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
                // the workspace's admin was announced too, when the workspace was made: not the one waited for
                .matching(event -> event.workspaceId().equals(acme.id()) && event.role() == Role.MANAGER)
                .toArriveAndVerify((event, created) ->
                        assertThat(event.userId()).isEqualTo(created.user().id()));
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

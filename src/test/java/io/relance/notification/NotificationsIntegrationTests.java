package io.relance.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.MvcTest;
import io.relance.shared.RelanceUser;
import io.relance.workspace.WorkspaceFixture.TestWorkspace;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NotificationsIntegrationTests extends MvcTest {

    @Autowired
    Notifications notifications;

    @Test
    void aUserSeesHisOwnNotificationsInHisLanguageAndMarksThemRead() throws Exception {
        TestWorkspace ws = workspaces.create("Bell");
        RelanceUser rep = ws.rep("Rita Rep");
        RelanceUser other = ws.rep("Otto Other");
        notifications.notify(new NewNotification(
                ws.id(), rep.userId(), "notification.title", List.of("<b>Lambert</b>"), "/thirdparties"));

        String bell = body(as(rep, get("/notifications/bell")).andExpect(status().isOk()));
        assertThat(bell).contains("notification-count").contains(">1<");
        assertThat(body(as(other, get("/notifications/bell")))).doesNotContain("notification-count");

        String page = body(as(rep, get("/notifications")).andExpect(status().isOk()));
        assertThat(page).contains("href=\"/thirdparties\"").doesNotContain("<b>Lambert</b>");
        send(rep, get("/api/v1/notifications"), "")
                .andExpect(jsonPath("$.unread").value(1))
                .andExpect(jsonPath("$.items[0].link").value("/thirdparties"));
        send(other, get("/api/v1/notifications"), "")
                .andExpect(jsonPath("$.unread").value(0));

        as(rep, post("/notifications/read")).andExpect(status().is3xxRedirection());
        send(rep, get("/api/v1/notifications"), "")
                .andExpect(jsonPath("$.unread").value(0));
    }

    @Test
    void anotherWorkspaceNeverSeesThem() throws Exception {
        TestWorkspace ws = workspaces.create("Bell");
        RelanceUser admin = ws.admin();
        notifications.notify(new NewNotification(ws.id(), admin.userId(), "notification.title", List.of(), null));
        RelanceUser stranger = workspaces.create("Elsewhere").admin();
        send(stranger, get("/api/v1/notifications"), "")
                .andExpect(jsonPath("$.unread").value(0))
                .andExpect(jsonPath("$.items").isEmpty());
    }

    @Test
    void everyPageCarriesTheBell() throws Exception {
        RelanceUser admin = workspaces.create("Bell").admin();
        assertThat(body(as(admin, get("/")).andExpect(status().isOk()))).contains("id=\"notification-bell\"");
    }
}

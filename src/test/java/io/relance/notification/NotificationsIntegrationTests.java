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
    void myDaySaysWhatIsNewForTheUserUntilHeHasReadIt() throws Exception {
        TestWorkspace ws = workspaces.create("Bell");
        RelanceUser rep = ws.rep("Rita Rep");
        RelanceUser other = ws.rep("Otto Other");
        assertThat(body(as(rep, get("/")).andExpect(status().isOk()))).doesNotContain("id=\"myday-news\"");
        for (int i = 1; i <= 7; i++) {
            notifications.notify(new NewNotification(
                    ws.id(), rep.userId(), "notification.title", List.of("<b>Lambert " + i + "</b>"), "/quotes"));
        }

        String home = body(as(rep, get("/")).andExpect(status().isOk()));
        assertThat(home)
                .contains("id=\"myday-news\"", "New for you", ">7<", "href=\"/quotes\"", "href=\"/notifications\"")
                .doesNotContain("<b>Lambert");
        String news = home.substring(
                home.indexOf("id=\"myday-news\""), home.indexOf("</section>", home.indexOf("id=\"myday-news\"")));
        assertThat(news.split("href=\"/quotes\"", -1)).as("the newest five").hasSize(6);
        assertThat(body(as(other, get("/")).andExpect(status().isOk()))).doesNotContain("id=\"myday-news\"");
        RelanceUser stranger = workspaces.create("Elsewhere").admin();
        assertThat(body(as(stranger, get("/")).andExpect(status().isOk()))).doesNotContain("id=\"myday-news\"");

        as(rep, post("/notifications/read")).andExpect(status().is3xxRedirection());
        assertThat(body(as(rep, get("/")).andExpect(status().isOk()))).doesNotContain("id=\"myday-news\"");
    }

    @Test
    void everyPageCarriesTheBell() throws Exception {
        RelanceUser admin = workspaces.create("Bell").admin();
        assertThat(body(as(admin, get("/")).andExpect(status().isOk()))).contains("id=\"notification-bell\"");
    }
}

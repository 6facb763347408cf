package io.relance.tracking.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.shared.WorkspaceId;
import io.relance.tracking.IssuedLink;
import io.relance.tracking.TrackingEventsProbe;
import io.relance.tracking.TrackingTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ScoreRefreshIntegrationTests extends TrackingTest {

    @Autowired
    ScoreRefresh refresh;

    @Autowired
    TrackingEventsProbe probe;

    @Test
    void aStoredScoreFadesWithTimeAndListsAreTold() throws Exception {
        WorkspaceId ws = workspaces.create("Fading").id();
        IssuedLink link = newLink(ws);
        UUID subject = link.link().subjectId();
        UUID visit = hit(link, FIREFOX, false);
        report(link.token(), event(visit, "device-fade", "interaction", 0, false))
                .andExpect(status().isNoContent());
        await().until(() -> engagements.scores(ws, "quote", List.of(subject)).getOrDefault(subject, 0) > 0);
        int fresh = engagements.scores(ws, "quote", List.of(subject)).get(subject);
        int published = probe.changed(subject).size();

        clock.advance(Duration.ofDays(7));
        assertThat(refresh.run()).isPositive();
        int faded = engagements.scores(ws, "quote", List.of(subject)).get(subject);
        assertThat(faded).isEqualTo(fresh - 15);
        assertThat(probe.changed(subject)).hasSize(published + 1);
        assertThat(probe.changed(subject).get(published).score()).isEqualTo(faded);
    }
}

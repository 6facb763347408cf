package io.relance.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.shared.WorkspaceId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TrackedLinksIntegrationTests extends TrackingTest {

    @Test
    void aSubjectHasOneLinkWhateverTheNumberOfSends() {
        WorkspaceId ws = workspaces.create("Links").id();
        UUID quote = UUID.randomUUID();
        IssuedLink first = links.issue(ws, "quote", quote);
        IssuedLink again = links.issue(ws, "quote", quote);
        assertThat(again).isEqualTo(first);
        assertThat(first.url()).endsWith("/q/" + first.token());
        assertThat(links.find(ws, "quote", quote)).contains(first);
        assertThat(links.resolve(first.token()))
                .contains(new TrackedLink(ws, first.link().linkId(), "quote", quote));
    }

    @Test
    void aRevokedLinkIsDeadAndTheNextSendGetsANewOneKeepingTheOpens() throws Exception {
        WorkspaceId ws = workspaces.create("Links").id();
        IssuedLink first = newLink(ws);
        UUID subject = first.link().subjectId();
        hit(first, FIREFOX, false);
        assertThat(links.revoke(ws, "quote", subject)).isTrue();
        assertThat(links.resolve(first.token())).isEmpty();
        assertThat(links.find(ws, "quote", subject)).isEmpty();

        IssuedLink renewed = links.issue(ws, "quote", subject);
        assertThat(renewed.token()).isNotEqualTo(first.token());
        assertThat(links.resolve(renewed.token())).isPresent();
        assertThat(links.resolve(first.token())).isEmpty();
        assertThat(engagement(renewed).ignored()).containsEntry(IgnoredReason.NO_SCRIPT, 1);
    }

    @Test
    void aLinkOfOneWorkspaceIsNotAnothersAndForgetErasesItAll() {
        WorkspaceId ws = workspaces.create("Links").id();
        WorkspaceId other = workspaces.create("Other links").id();
        IssuedLink link = newLink(ws);
        assertThat(links.find(other, "quote", link.link().subjectId())).isEmpty();
        assertThat(links.revoke(other, "quote", link.link().subjectId())).isFalse();
        assertThat(links.resolve(link.token())).isPresent();

        hit(link, FIREFOX, false);
        links.forget(ws, "quote", link.link().subjectId());
        assertThat(links.resolve(link.token())).isEmpty();
        assertThat(engagement(link)).isEqualTo(Engagement.none());
    }

    @Test
    void aFetchWithinSecondsOfSendingIsCountedAsAScannerUnlessAScriptSpeaks() {
        WorkspaceId ws = workspaces.create("Links").id();
        IssuedLink link = newLink(ws);
        links.sent(ws, "quote", link.link().subjectId(), clock.instant());
        UUID early = hit(link, FIREFOX, false);
        assertThat(visitStatus(ws, early)).isEqualTo("EARLY");
        assertThat(engagement(link).ignored()).containsEntry(IgnoredReason.BOT, 1);
    }
}

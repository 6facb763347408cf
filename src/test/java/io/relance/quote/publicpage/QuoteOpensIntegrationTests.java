package io.relance.quote.publicpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relance.history.HistoryManagement;
import io.relance.history.Target;
import io.relance.notification.Notifications;
import io.relance.quote.QuoteEntryTypes;
import io.relance.quote.QuoteId;
import io.relance.quote.QuoteTest;
import io.relance.shared.AdjustableClock;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import io.relance.tracking.EngagementsChanged;
import io.relance.tracking.LinksOpened;
import io.relance.workspace.WorkspaceFixture.TestWorkspace;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reactions to a batch of opens, as a set: each open on its quote's timeline and its third party's, the owner
 * notified once per quote opened for the first time, the list's engagement columns of every quote of the set.
 */
class QuoteOpensIntegrationTests extends QuoteTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    HistoryManagement history;

    @Autowired
    Notifications notifications;

    @Autowired
    AdjustableClock clock;

    @Autowired
    JdbcClient jdbc;

    TestWorkspace ws;
    RelanceUser rep;
    String lambert;
    String martin;
    String lambertsQuote;
    String martinsQuote;

    @BeforeEach
    void twoSentQuotes() throws Exception {
        ws = workspaces.create("Opens");
        rep = ws.rep("Olga Rep");
        lambert = party(rep, "Famille Lambert");
        martin = party(rep, "Famille Martin");
        lambertsQuote = quote(rep, lambert);
        martinsQuote = quote(rep, martin);
        markSent(rep, lambertsQuote);
        markSent(rep, martinsQuote);
    }

    void published(Object event) {
        new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(event));
    }

    int opensOnTimeline(Target target) {
        return history.timeline(ws.id().value(), target, Set.of(QuoteEntryTypes.OPENED), PageRequest.of(50, null))
                .items()
                .size();
    }

    @Test
    void aSetOfOpensGoesOnEachTimelineAndNotifiesOncePerFirstOpen() {
        Instant t = clock.instant();
        UUID lamberts = UUID.fromString(lambertsQuote);
        UUID martins = UUID.fromString(martinsQuote);
        published(new LinksOpened(
                ws.id(),
                "quote",
                List.of(
                        new LinksOpened.Open(lamberts, true, t),
                        new LinksOpened.Open(martins, true, t.plusSeconds(1)),
                        new LinksOpened.Open(lamberts, false, t.plusSeconds(2)),
                        new LinksOpened.Open(UUID.randomUUID(), true, t.plusSeconds(3)))));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> opensOnTimeline(QuoteEntryTypes.target(new QuoteId(lamberts))) == 2
                        && opensOnTimeline(QuoteEntryTypes.target(new QuoteId(martins))) == 1);
        assertThat(opensOnTimeline(Target.thirdParty(UUID.fromString(lambert)))).isEqualTo(2);
        assertThat(opensOnTimeline(Target.thirdParty(UUID.fromString(martin)))).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> notifications.unread(rep) == 2);
        assertThat(notifications.latest(rep, 10))
                .extracting(n -> n.args().get(0))
                .containsExactlyInAnyOrder("Famille Lambert", "Famille Martin");
    }

    @Test
    void aSetOfEngagementChangesUpdatesEveryQuotesListColumns() {
        Instant t = Instant.parse("2026-12-01T10:15:30Z");
        published(new EngagementsChanged(
                ws.id(),
                "quote",
                List.of(
                        new EngagementsChanged.Change(UUID.fromString(lambertsQuote), 3, 2, t, 41),
                        new EngagementsChanged.Change(UUID.fromString(martinsQuote), 1, 1, t.plusSeconds(60), 12))));

        await().atMost(Duration.ofSeconds(20)).until(() -> columns(martinsQuote).get("opens") != null);
        assertThat(columns(lambertsQuote)).containsEntry("opens", 3).containsEntry("score", 41);
        assertThat(columns(martinsQuote)).containsEntry("opens", 1).containsEntry("score", 12);
        assertThat(jdbc.sql("SELECT last_opened_at FROM quotes WHERE workspace_id = ? AND id = ?")
                        .params(ws.id().value(), UUID.fromString(martinsQuote))
                        .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant())
                        .single())
                .isEqualTo(t.plusSeconds(60));
    }

    Map<String, Object> columns(String quote) {
        return jdbc.sql("SELECT opens, engagement_score AS score FROM quotes WHERE workspace_id = ? AND id = ?")
                .params(ws.id().value(), UUID.fromString(quote))
                .query((rs, n) -> {
                    Map<String, Object> row = new HashMap<>();
                    row.put("opens", rs.getObject("opens") == null ? null : rs.getInt("opens"));
                    row.put("score", rs.getInt("score"));
                    return row;
                })
                .single();
    }
}

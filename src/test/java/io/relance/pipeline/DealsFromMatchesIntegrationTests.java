package io.relance.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relance.object.MatchesWritten;
import io.relance.object.SalesObjectId;
import io.relance.party.ThirdPartyId;
import io.relance.workspace.WorkspaceFixture.Team;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** "Write to matches" opens a deal at "Contacted via matching" for each buyer written to, once. */
class DealsFromMatchesIntegrationTests extends DealTest {

    @Autowired
    private ApplicationEventPublisher events;

    @Autowired
    private TransactionTemplate transactions;

    @Test
    void eachBuyerWrittenToGetsADealAtContactedViaMatchingOnTheObject() throws Exception {
        Team team = workspaces.team();
        ThirdPartyId lambert = party(team.alice(), "Famille Lambert");
        UUID jeanne = contact(team.alice(), lambert, "Lambert");
        ThirdPartyId dupont = party(team.bob(), "Dupont");
        UUID house = UUID.randomUUID();

        transactions.executeWithoutResult(status -> events.publishEvent(new MatchesWritten(
                team.acme().id(),
                new SalesObjectId(house),
                List.of(
                        new MatchesWritten.Recipient(lambert, jeanne, UUID.randomUUID()),
                        new MatchesWritten.Recipient(dupont, null, UUID.randomUUID())),
                team.manager().userId(),
                NOW)));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat((List<String>)
                                read(team.manager(), "/api/v1/deals?objectId=" + house, "$.items[*].phase"))
                        .containsExactly("matching-contacted", "matching-contacted"));
        String deal = read(team.alice(), "/api/v1/deals?objectId=" + house, "$.items[0].id");
        assertThat(read(team.alice(), "/api/v1/deals/" + deal, "$.contactId").toString())
                .isEqualTo(jeanne.toString());
        assertThat(historyKinds(team.alice(), deal)).contains("pipeline.matching-email", "pipeline.deal-opened");
    }
}

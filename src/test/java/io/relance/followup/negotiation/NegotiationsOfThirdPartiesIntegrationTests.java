package io.relance.followup.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.TwoThreads;
import io.relance.followup.NegotiationTest;
import io.relance.followup.checkin.CheckIns;
import io.relance.followup.lost.Losses;
import io.relance.followup.lost.NegotiationTimeouts;
import io.relance.party.ProspectStatus;
import io.relance.party.ThirdPartyId;
import io.relance.party.merge.ThirdPartyMerge;
import io.relance.shared.RelanceUser;
import io.relance.shared.WorkspaceId;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A merge keeps one open negotiation (the earlier) and moves the losses onto the survivor; the daily parts run at once
 * on two threads (two nodes) plan and close nothing twice.
 */
class NegotiationsOfThirdPartiesIntegrationTests extends NegotiationTest {

    @Autowired
    ThirdPartyMerge merge;

    @Autowired
    Negotiations repository;

    @Autowired
    Losses losses;

    @Autowired
    NegotiationDeadlines deadlines;

    @Autowired
    NegotiationTimeouts timeouts;

    @Autowired
    CheckIns checkIns;

    @Test
    void aMergeKeepsTheEarlierOpenNegotiationAndMovesTheLosses() throws Exception {
        RelanceUser alice = workspaces.rep();
        WorkspaceId ws = alice.workspaceId();
        on(MONDAY);
        ThirdPartyId survivor = negotiating(alice, ProspectStatus.IN_PROGRESS);
        on(MONDAY.minusWeeks(2));
        ThirdPartyId duplicate = negotiating(alice, ProspectStatus.IN_PROGRESS);
        var earlier = negotiations.openOf(ws, duplicate).orElseThrow();
        ThirdPartyId lostTwin = thirdParties
                .of(alice)
                .named("Lambert bis")
                .create()
                .thirdParty()
                .id();
        send(alice, post("/api/v1/thirdparties/" + lostTwin + "/lose"), "{\"reason\": \"PRICE\"}")
                .andExpect(status().isCreated());
        on(MONDAY);

        merge.merge(alice, survivor, duplicate);
        merge.merge(alice, survivor, lostTwin);

        assertThat(negotiations.openOf(ws, survivor)).get().satisfies(n -> {
            assertThat(n.id()).isEqualTo(earlier.id());
            assertThat(n.startedOn()).isEqualTo(MONDAY.minusWeeks(2));
        });
        assertThat(repository.of(ws, survivor)).hasSize(1);
        assertThat(repository.of(ws, duplicate)).isEmpty();
        assertThat(losses.of(ws, survivor)).hasSize(1);
        assertThat(losses.of(ws, lostTwin)).isEmpty();
    }

    @Test
    void eachDailyPartOnTwoThreadsAtOnceDoesItsWorkOnce() throws Exception {
        RelanceUser alice = workspaces.rep();
        WorkspaceId ws = alice.workspaceId();
        on(MONDAY);
        for (int i = 0; i < 3; i++) {
            negotiating(alice, ProspectStatus.IN_PROGRESS);
            thirdParties
                    .of(alice)
                    .named("Customer " + i)
                    .with("prospect", false)
                    .with("customer", true)
                    .create();
        }

        LocalDate warn = MONDAY.plusDays(80);
        on(warn);
        assertThat(twice(() -> deadlines.run(ws, warn))).isEqualTo(3);
        LocalDate past = MONDAY.plusDays(91);
        on(past);
        assertThat(twice(() -> timeouts.run(ws, past))).isEqualTo(3);
        LocalDate silent = MONDAY.plusMonths(7);
        on(silent);
        assertThat(twice(() -> checkIns.run(ws, silent))).isEqualTo(3);
    }

    /** Runs the part on two threads at once; what both handled together. */
    private static int twice(Callable<Integer> part) throws Exception {
        return TwoThreads.atOnce(part).stream().mapToInt(Integer::intValue).sum();
    }
}

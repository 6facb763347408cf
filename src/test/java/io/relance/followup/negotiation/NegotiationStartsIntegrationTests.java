package io.relance.followup.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.followup.NegotiationTest;
import io.relance.party.ProspectStatus;
import io.relance.party.ThirdPartyId;
import io.relance.quote.Acceptance;
import io.relance.quote.QuoteAcceptance;
import io.relance.quote.QuoteId;
import io.relance.shared.RelanceUser;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What starts a negotiation (an outbound contact with a prospect, IN_PROGRESS, a quote sent) and what ends it. */
class NegotiationStartsIntegrationTests extends NegotiationTest {

    @Autowired
    QuoteAcceptance acceptance;

    @Autowired
    Negotiations repository;

    private ThirdPartyId prospect(RelanceUser owner) {
        return new ThirdPartyId(UUID.fromString(party(owner, "Famille Lambert")));
    }

    @Test
    void anOutboundCallLoggedWithAProspectStartsANegotiationOnThatDay() throws Exception {
        RelanceUser alice = workspaces.rep();
        ThirdPartyId lambert = prospect(alice);
        on(MONDAY);

        send(alice, post("/api/v1/thirdparties/" + lambert + "/history"), """
                        {"type": "CALL", "direction": "OUTBOUND", "summary": "Presented the offer"}""").andExpect(status().isCreated());

        Negotiation n = awaitOpen(alice.workspaceId(), lambert);
        assertThat(n.trigger()).isEqualTo(NegotiationTrigger.CONTACT);
        assertThat(n.startedOn()).isEqualTo(MONDAY);
        assertThat(n.limit(90)).isEqualTo(MONDAY.plusDays(90));
    }

    @Test
    void aVisitLoggedStartsOneToo() throws Exception {
        RelanceUser alice = workspaces.rep();
        ThirdPartyId lambert = prospect(alice);

        send(alice, post("/api/v1/thirdparties/" + lambert + "/history"), """
                        {"type": "VISIT", "summary": "Measured the kitchen"}""").andExpect(status().isCreated());

        assertThat(awaitOpen(alice.workspaceId(), lambert).trigger()).isEqualTo(NegotiationTrigger.CONTACT);
    }

    @Test
    void anOutboundContactWithACustomerWhoIsNoProspectStartsNone() {
        RelanceUser alice = workspaces.rep();
        ThirdPartyId customer = thirdParties
                .of(alice)
                .named("Old customer")
                .with("prospect", false)
                .with("customer", true)
                .create()
                .thirdParty()
                .id();

        assertThat(negotiations.start(alice.workspaceId(), customer, NegotiationTrigger.CONTACT, null))
                .isEmpty();
        assertThat(negotiations.start(alice.workspaceId(), customer, NegotiationTrigger.QUOTE, null))
                .isPresent();
    }

    @Test
    void aStatusThatBecomesInProgressStartsOne() {
        RelanceUser alice = workspaces.rep();
        ThirdPartyId lambert = prospect(alice);

        management.changeStatus(alice, lambert, ProspectStatus.IN_PROGRESS, null);

        assertThat(awaitOpen(alice.workspaceId(), lambert).trigger()).isEqualTo(NegotiationTrigger.STATUS);
    }

    @Test
    void aThirdPartyCreatedInProgressStartsOne() {
        RelanceUser alice = workspaces.rep();
        ThirdPartyId created = thirdParties
                .of(alice)
                .named("Already talking")
                .status(ProspectStatus.IN_PROGRESS)
                .create()
                .thirdParty()
                .id();

        assertThat(awaitOpen(alice.workspaceId(), created).trigger()).isEqualTo(NegotiationTrigger.STATUS);
    }

    @Test
    void aQuoteSentStartsOneAboutThatQuoteAndItsAcceptanceEndsItAsAnAgreement() throws Exception {
        RelanceUser alice = workspaces.rep();
        ThirdPartyId lambert = prospect(alice);
        String quote = quote(alice, lambert.toString());

        markSent(alice, quote);

        Negotiation n = awaitOpen(alice.workspaceId(), lambert);
        assertThat(n.trigger()).isEqualTo(NegotiationTrigger.QUOTE);
        assertThat(n.quoteId()).isEqualTo(UUID.fromString(quote));

        acceptance.accept(
                alice.workspaceId(),
                new QuoteId(UUID.fromString(quote)),
                new Acceptance("Jean Lambert", "192.0.2.7", "Firefox", null, "I accept"));

        awaitNoneOpen(alice.workspaceId(), lambert);
        assertThat(negotiationsOf(alice, lambert)).singleElement().satisfies(ended -> {
            assertThat(ended.status()).isEqualTo(NegotiationStatus.AGREED);
            assertThat(ended.endedAt()).isNotNull();
        });
    }

    @Test
    void makingTheProspectACustomerByHandEndsItAsAnAgreement() throws Exception {
        RelanceUser alice = workspaces.rep();
        ThirdPartyId lambert = prospect(alice);
        negotiations.start(alice.workspaceId(), lambert, NegotiationTrigger.STATUS, null);
        String json = body(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                        "/api/v1/thirdparties/" + lambert)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                        alice))));
        Object version = JsonPath.read(json, "$.version");

        send(alice, patch("/api/v1/thirdparties/" + lambert), "{\"version\": " + version + ", \"customer\": true}")
                .andExpect(status().isOk());

        awaitNoneOpen(alice.workspaceId(), lambert);
        assertThat(negotiationsOf(alice, lambert))
                .singleElement()
                .extracting(Negotiation::status)
                .isEqualTo(NegotiationStatus.AGREED);
    }

    @Test
    void aThirdPartyHasOneOpenNegotiationAtATime() {
        RelanceUser alice = workspaces.rep();
        ThirdPartyId lambert = prospect(alice);

        var first = negotiations.start(alice.workspaceId(), lambert, NegotiationTrigger.STATUS, null);
        var second = negotiations.start(alice.workspaceId(), lambert, NegotiationTrigger.QUOTE, null);

        assertThat(first).isPresent();
        assertThat(second).isEmpty();
        assertThat(negotiations.agree(alice.workspaceId(), lambert, alice.userId()))
                .isTrue();
        assertThat(negotiations.agree(alice.workspaceId(), lambert, alice.userId()))
                .isFalse();
        assertThat(negotiations.start(alice.workspaceId(), lambert, NegotiationTrigger.QUOTE, null))
                .isPresent();
    }

    @Test
    void anotherWorkspaceStartsNothingOnThisThirdParty() {
        RelanceUser alice = workspaces.rep();
        ThirdPartyId lambert = prospect(alice);
        var other = workspaces.create("Other").id();

        assertThat(negotiations.start(other, lambert, NegotiationTrigger.STATUS, null))
                .isEmpty();
        assertThat(negotiations.openOf(alice.workspaceId(), lambert)).isEmpty();
    }

    private List<Negotiation> negotiationsOf(RelanceUser who, ThirdPartyId id) {
        return repository.of(who.workspaceId(), id);
    }
}

package io.relance.quote.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relance.party.ThirdPartyId;
import io.relance.quote.Acceptance;
import io.relance.quote.QuoteAccepted;
import io.relance.quote.QuoteCancelled;
import io.relance.quote.QuoteCreated;
import io.relance.quote.QuoteDeclined;
import io.relance.quote.QuoteExpired;
import io.relance.quote.QuoteId;
import io.relance.quote.QuoteRevised;
import io.relance.quote.QuoteSent;
import io.relance.quote.QuoteStatus;
import io.relance.quote.QuoteTransitionRefused;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class QuoteUnitTests {

    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-12-01");
    static final UserId REP = new UserId(UUID.randomUUID());
    static final Acceptance SIGNED = new Acceptance("Jean Dupont", "192.0.2.1", "Firefox", null, "I accept");

    static Quote draft() {
        return Quote.create(
                new WorkspaceId(UUID.randomUUID()),
                new QuoteId(UUID.randomUUID()),
                "QU2612-0001",
                new ThirdPartyId(UUID.randomUUID()),
                Currency.getInstance("EUR"),
                new QuoteHeader(null, TODAY.plusDays(30), "fr", "Hello", "Terms"),
                List.of(QuoteLine.item("Tiles", "3", "m²", "100.00", "10", "20")),
                REP,
                NOW);
    }

    static Quote sent() {
        Quote q = draft();
        q.markSent(REP, NOW);
        q.takeEvents();
        return q;
    }

    @Test
    void aNewQuoteIsADraftNumberedWithoutSuffixAndAnnouncesItsCreation() {
        Quote q = draft();

        assertThat(q.status()).isEqualTo(QuoteStatus.DRAFT);
        assertThat(q.number()).isEqualTo("QU2612-0001");
        assertThat(q.revision()).isEqualTo(1);
        assertThat(q.totals().gross()).isEqualByComparingTo("324.00");
        assertThat(q.takeEvents()).singleElement().isInstanceOf(QuoteCreated.class);
        assertThat(q.takeEvents()).isEmpty();
    }

    @Test
    void editingADraftChangesItInPlace() {
        Quote q = draft();
        q.takeEvents();

        ArchivedRevision archived = q.edit(
                new QuoteHeader(null, TODAY.plusDays(10), "en", null, null),
                List.of(QuoteLine.item("Paint", "1", null, "10.00", "0", "20")),
                REP,
                NOW);

        assertThat(archived).isNull();
        assertThat(q.revision()).isEqualTo(1);
        assertThat(q.totals().gross()).isEqualByComparingTo("12.00");
        assertThat(q.takeEvents()).isEmpty();
    }

    @Test
    void sendingADraftMakesItSentAndSendingAgainMovesSentAt() {
        Quote q = draft();
        q.takeEvents();
        q.markSent(REP, NOW);
        assertThat(q.status()).isEqualTo(QuoteStatus.SENT);
        assertThat(q.sentAt()).isEqualTo(NOW);

        q.markSent(REP, NOW.plusSeconds(60));
        assertThat(q.sentAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(q.takeEvents()).hasSize(2).allMatch(QuoteSent.class::isInstance);
    }

    @Test
    void editingASentQuoteMakesANewRevisionWithASuffixAndKeepsTheOneTheClientSaw() {
        Quote q = sent();

        ArchivedRevision first =
                q.edit(q.header(), List.of(QuoteLine.item("More", "1", null, "1.00", "0", "20")), REP, NOW);
        assertThat(first.revision()).isEqualTo(1);
        assertThat(first.number()).isEqualTo("QU2612-0001");
        assertThat(first.totals().gross()).isEqualByComparingTo("324.00");
        assertThat(q.number()).isEqualTo("QU2612-0001-2");
        assertThat(q.status()).isEqualTo(QuoteStatus.SENT);
        assertThat(q.takeEvents()).singleElement().isInstanceOfSatisfying(QuoteRevised.class, e -> {
            assertThat(e.revision()).isEqualTo(2);
            assertThat(e.number()).isEqualTo("QU2612-0001-2");
        });

        ArchivedRevision second = q.edit(q.header(), q.lines(), REP, NOW);
        assertThat(second.number()).isEqualTo("QU2612-0001-2");
        assertThat(q.number()).isEqualTo("QU2612-0001-3");
    }

    @Test
    void aSentQuoteIsAcceptedOnceAndADoubleClickChangesNothing() {
        Quote q = sent();

        assertThat(q.accept(SIGNED, TODAY, NOW)).isTrue();
        assertThat(q.accept(SIGNED, TODAY, NOW)).isFalse();
        assertThat(q.status()).isEqualTo(QuoteStatus.ACCEPTED);
        assertThat(q.row().acceptance()).isEqualTo(SIGNED);
        assertThat(q.takeEvents()).singleElement().isInstanceOf(QuoteAccepted.class);
    }

    @Test
    void aQuoteIsValidThroughItsDateAndRefusedTheDayAfter() {
        Quote q = sent();
        LocalDate last = q.header().validUntil();

        assertThatThrownBy(() -> q.accept(SIGNED, last.plusDays(1), NOW))
                .isInstanceOfSatisfying(
                        QuoteTransitionRefused.class,
                        e -> assertThat(e.status()).isEqualTo(QuoteStatus.EXPIRED));
        assertThat(q.accept(SIGNED, last, NOW)).isTrue();
    }

    @Test
    void aDraftCanNeitherBeAcceptedNorDeclined() {
        Quote q = draft();
        assertThatThrownBy(() -> q.accept(SIGNED, TODAY, NOW)).isInstanceOf(QuoteTransitionRefused.class);
        assertThatThrownBy(() -> q.decline("price", null, TODAY, NOW)).isInstanceOf(QuoteTransitionRefused.class);
    }

    @Test
    void aDeclinedQuoteKeepsItsReasonAndCannotBeAcceptedAfterwards() {
        Quote q = sent();

        assertThat(q.decline("price", "Too expensive", TODAY, NOW)).isTrue();
        assertThat(q.decline("price", "Too expensive", TODAY, NOW)).isFalse();
        assertThat(q.status()).isEqualTo(QuoteStatus.DECLINED);
        assertThat(q.takeEvents()).singleElement().isInstanceOf(QuoteDeclined.class);
        assertThatThrownBy(() -> q.accept(SIGNED, TODAY, NOW)).isInstanceOf(QuoteTransitionRefused.class);
        assertThatThrownBy(() -> q.edit(q.header(), q.lines(), REP, NOW)).isInstanceOf(QuoteTransitionRefused.class);
    }

    @Test
    void aSentQuoteExpiresOnlyOnceItsValidityIsOver() {
        Quote q = sent();
        LocalDate last = q.header().validUntil();

        assertThat(q.expireIfDue(last, NOW)).isFalse();
        assertThat(q.expireIfDue(last.plusDays(1), NOW)).isTrue();
        assertThat(q.status()).isEqualTo(QuoteStatus.EXPIRED);
        assertThat(q.takeEvents()).singleElement().isInstanceOf(QuoteExpired.class);
        assertThat(q.expireIfDue(last.plusDays(2), NOW)).isFalse();
    }

    @Test
    void aDraftNeverExpires() {
        assertThat(draft().expireIfDue(TODAY.plusYears(1), NOW)).isFalse();
    }

    @Test
    void draftsAndSentQuotesAreCancelledButNothingFinal() {
        Quote d = draft();
        d.cancel(REP, NOW);
        assertThat(d.status()).isEqualTo(QuoteStatus.CANCELLED);
        assertThat(d.takeEvents()).last().isInstanceOf(QuoteCancelled.class);
        assertThatThrownBy(() -> d.cancel(REP, NOW)).isInstanceOf(QuoteTransitionRefused.class);
        assertThatThrownBy(() -> d.markSent(REP, NOW)).isInstanceOf(QuoteTransitionRefused.class);

        Quote s = sent();
        s.cancel(REP, NOW);
        assertThat(s.status()).isEqualTo(QuoteStatus.CANCELLED);

        Quote a = sent();
        a.accept(SIGNED, TODAY, NOW);
        assertThatThrownBy(() -> a.cancel(REP, NOW)).isInstanceOfSatisfying(QuoteTransitionRefused.class, e -> {
            assertThat(e.status()).isEqualTo(QuoteStatus.ACCEPTED);
            assertThat(e.action()).isEqualTo("cancelled");
        });
    }
}

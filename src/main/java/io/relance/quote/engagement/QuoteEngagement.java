package io.relance.quote.engagement;

import io.relance.quote.QuoteId;
import io.relance.quote.QuoteStatus;
import io.relance.quote.QuoteSummary;
import io.relance.shared.WorkspaceId;
import io.relance.tracking.AdviceFacts;
import io.relance.tracking.Engagement;
import io.relance.tracking.Engagements;
import io.relance.tracking.FollowUpAdvisor;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * A quote's engagement and follow-up advice, read from the tracking module (its opens, visitors, time, score; its
 * advice policy). Advice applies only while the quote is SENT: it ends when the quote is accepted, declined,
 * cancelled or expired. The client's answers (a question on the public page) are recorded in tracking when he asks
 * ({@code Engagements.answered}), and the advisor takes them into account itself.
 */
@Service
public class QuoteEngagement {

    private final Engagements engagements;
    private final FollowUpAdvisor advisor;

    QuoteEngagement(Engagements engagements, FollowUpAdvisor advisor) {
        this.engagements = engagements;
        this.advisor = advisor;
    }

    public Engagement of(WorkspaceId ws, QuoteId id) {
        return engagements.of(ws, QuoteId.SUBJECT, id.value());
    }

    /** The scores of these quotes (0 when never opened), in one query. */
    public Map<UUID, Integer> scores(WorkspaceId ws, Collection<UUID> ids) {
        return ids.isEmpty() ? Map.of() : engagements.scores(ws, QuoteId.SUBJECT, ids);
    }

    /** The advice for the quote now, in the reader's language; none unless it is SENT. */
    public Optional<AdviceView> advice(WorkspaceId ws, QuoteSummary quote) {
        if (quote.status() != QuoteStatus.SENT) {
            return Optional.empty();
        }
        Locale locale = LocaleContextHolder.getLocale();
        return advisor.advise(
                        ws,
                        QuoteId.SUBJECT,
                        quote.id().value(),
                        new AdviceFacts(quote.sentAt(), quote.validUntil(), true, null))
                .map(a -> new AdviceView(a.code(), advisor.message(a, locale)));
    }
}

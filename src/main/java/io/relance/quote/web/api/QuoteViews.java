package io.relance.quote.web.api;

import io.relance.quote.QuoteId;
import io.relance.quote.QuoteStatus;
import io.relance.quote.core.QuoteDetails;
import io.relance.quote.core.QuoteManagement;
import io.relance.shared.RelanceUser;
import io.relance.tracking.IssuedLink;
import io.relance.tracking.TrackedLinks;
import org.springframework.stereotype.Component;

/**
 * Makes the quote JSON of the API ({@link QuoteView}), the same for every endpoint that answers a quote: its
 * {@code publicUrl} is the quote's live private link once it is no longer a draft (the public page shows no draft),
 * null before or when the link was revoked.
 */
@Component
public class QuoteViews {

    private final QuoteManagement quotes;
    private final TrackedLinks links;

    QuoteViews(QuoteManagement quotes, TrackedLinks links) {
        this.quotes = quotes;
        this.links = links;
    }

    /** The quote as {@code GET /api/v1/quotes/{id}} answers it; 404 for a quote the user may not see. */
    public QuoteView of(RelanceUser me, QuoteId id) {
        return of(me, quotes.get(me, id));
    }

    QuoteView of(RelanceUser me, QuoteDetails details) {
        String publicUrl = details.quote().status() == QuoteStatus.DRAFT
                ? null
                : links.find(
                                me.workspaceId(),
                                QuoteId.SUBJECT,
                                details.quote().id().value())
                        .map(IssuedLink::url)
                        .orElse(null);
        return QuoteView.of(details, publicUrl);
    }
}

package io.relance.quote.publicpage;

import io.relance.quote.QuoteAccepted;
import io.relance.quote.QuoteCancelled;
import io.relance.quote.QuoteDeclined;
import io.relance.quote.QuoteExpired;
import io.relance.quote.QuoteId;
import io.relance.quote.QuoteRevised;
import io.relance.quote.QuoteSent;
import io.relance.quote.QuoteStatus;
import io.relance.quote.core.QuoteRow;
import io.relance.quote.core.Quotes;
import io.relance.tracking.TrackedLink;
import io.relance.tracking.TrackedLinks;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The public pages as last rendered, by token, so that a view does not read and render the quote again: the HTML
 * of a (link, quote version, language, expired or not) split where the visit id goes. Each view checks the link
 * as this node knows it ({@link TrackedLinks#resolveRecent}: read at most 5 s ago, a revocation made on this node
 * seen at once); the quote's version is read again (one indexed read of its row) when the page was last checked
 * more than {@value #FRESH_SECONDS} seconds ago, and the page is rendered again at least every
 * {@value #OLDEST_SECONDS} seconds (the workspace's branding, the client's name). This node forgets a
 * quote's page at once when the quote is sent, revised, accepted, declined, cancelled or expired here; other nodes
 * see it within {@value #FRESH_SECONDS} seconds, as they see a revoked link. At most {@value #MAX_PAGES} pages.
 */
@Component
class RenderedPages {

    static final int FRESH_SECONDS = 5;
    static final int OLDEST_SECONDS = 60;
    static final int MAX_PAGES = 20_000;

    /** Where the visit id goes in a rendered page (never a real visit: not a UUID). */
    static final String VISIT_MARK = "relance-visit-mark-7f3c";

    /** A rendered page: the HTML around the visit id, and what decides whether it is still the page to show. */
    record Page(
            TrackedLink link,
            long version,
            QuoteStatus status,
            LocalDate validUntil,
            ZoneId zone,
            boolean expired,
            Locale locale,
            String[] parts,
            long checkedAt,
            long renderedAt) {

        String html(UUID visit) {
            return String.join(visit.toString(), parts);
        }

        Page checked(long now) {
            return new Page(link, version, status, validUntil, zone, expired, locale, parts, now, renderedAt);
        }
    }

    private final Map<String, Page> byToken = new ConcurrentHashMap<>();
    private final TrackedLinks links;
    private final Quotes quotes;
    private final Clock clock;
    private final LongSupplier ticker;

    RenderedPages(TrackedLinks links, Quotes quotes, Clock clock) {
        this.links = links;
        this.quotes = quotes;
        this.clock = clock;
        this.ticker = System::nanoTime;
    }

    /** The page of the token as rendered, if it is still the one to show; empty: render it (and {@link #keep} it). */
    Optional<Page> current(String token) {
        Page page = byToken.get(token);
        if (page == null) {
            return Optional.empty();
        }
        long now = ticker.getAsLong();
        if (now - page.renderedAt() > Duration.ofSeconds(OLDEST_SECONDS).toNanos() || expiredSince(page)) {
            byToken.remove(token, page);
            return Optional.empty();
        }
        // the link as this node last read it (at most 5 s ago; a revocation made here is seen at once)
        Optional<TrackedLink> link = links.resolveRecent(token);
        if (link.isEmpty() || !link.get().equals(page.link())) {
            byToken.remove(token, page);
            return Optional.empty();
        }
        if (now - page.checkedAt() < Duration.ofSeconds(FRESH_SECONDS).toNanos()) {
            return Optional.of(page);
        }
        Optional<QuoteRow> row =
                quotes.row(page.link().workspace(), new QuoteId(page.link().subjectId()));
        if (row.isEmpty() || row.get().version() != page.version()) {
            byToken.remove(token, page);
            return Optional.empty();
        }
        Page checked = page.checked(now);
        byToken.replace(token, page, checked);
        return Optional.of(checked);
    }

    /** Keeps a page just rendered from the database. */
    void keep(String token, Page page) {
        if (byToken.size() >= MAX_PAGES) {
            byToken.clear();
        }
        byToken.put(token, page);
    }

    /** The ticker's now, for a page about to be kept. */
    long now() {
        return ticker.getAsLong();
    }

    /** Whether a quote of this status and validity shows as expired today in the workspace's time zone. */
    boolean expired(QuoteStatus status, LocalDate validUntil, ZoneId zone) {
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        return status == QuoteStatus.EXPIRED
                || (validUntil != null && validUntil.isBefore(today) && status == QuoteStatus.SENT);
    }

    private boolean expiredSince(Page page) {
        return page.expired() != expired(page.status(), page.validUntil(), page.zone());
    }

    /** Forgets the quote's page on this node (its next view reads and renders it again). */
    void forget(QuoteId quote) {
        byToken.values().removeIf(p -> p.link().subjectId().equals(quote.value()));
    }

    /** A quote changed on this node (after its transaction): its page is rendered again at the next view. */
    @TransactionalEventListener(
            fallbackExecution = true,
            classes = {
                QuoteSent.class,
                QuoteRevised.class,
                QuoteAccepted.class,
                QuoteDeclined.class,
                QuoteCancelled.class,
                QuoteExpired.class
            })
    void on(Object change) {
        if (change instanceof QuoteSent e) {
            forget(e.quoteId());
        } else if (change instanceof QuoteRevised e) {
            forget(e.quoteId());
        } else if (change instanceof QuoteAccepted e) {
            forget(e.quoteId());
        } else if (change instanceof QuoteDeclined e) {
            forget(e.quoteId());
        } else if (change instanceof QuoteCancelled e) {
            forget(e.quoteId());
        } else if (change instanceof QuoteExpired e) {
            forget(e.quoteId());
        }
    }
}

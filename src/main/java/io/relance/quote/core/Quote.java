package io.relance.quote.core;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * A quote: the client's one link, kept across revisions, holding its current revision (number, header, lines,
 * totals) and its status. State changes are named transitions that check the rule and register an event; the
 * repository saves the quote and {@link QuoteManagement} publishes what it registered. Editing a SENT quote makes a
 * new revision: the one the client saw is handed back (see {@link #edit}) to be kept read-only.
 */
public final class Quote {

    private final WorkspaceId workspaceId;
    private final QuoteId id;
    private final String baseNumber;
    private final ThirdPartyId thirdPartyId;
    private final Currency currency;
    private final UserId createdBy;
    private final Instant createdAt;
    private int revision;
    private QuoteStatus status;
    private QuoteHeader header;
    private List<QuoteLine> lines;
    private QuoteTotals totals;
    private Instant updatedAt;
    private Instant sentAt;
    private Instant answeredAt;
    private Acceptance acceptance;
    private String declinedReason;
    private String declinedComment;
    private final long version;
    private final List<Object> events = new ArrayList<>();

    /** A quote as stored (see {@link Quotes}). */
    public Quote(QuoteRow row, List<QuoteLine> lines) {
        this.workspaceId = row.workspaceId();
        this.id = row.id();
        this.baseNumber = row.baseNumber();
        this.thirdPartyId = row.thirdPartyId();
        this.currency = row.currency();
        this.createdBy = row.createdBy();
        this.createdAt = row.createdAt();
        this.revision = row.revision();
        this.status = row.status();
        this.header = row.header();
        this.lines = List.copyOf(lines);
        this.totals = QuoteTotals.of(lines, currency);
        this.updatedAt = row.updatedAt();
        this.sentAt = row.sentAt();
        this.answeredAt = row.answeredAt();
        this.acceptance = row.acceptance();
        this.declinedReason = row.declinedReason();
        this.declinedComment = row.declinedComment();
        this.version = row.version();
    }

    /** A new draft, revision 1. */
    public static Quote create(
            WorkspaceId ws,
            QuoteId id,
            String number,
            ThirdPartyId thirdParty,
            Currency currency,
            QuoteHeader header,
            List<QuoteLine> lines,
            UserId by,
            Instant now) {
        Quote quote = new Quote(
                new QuoteRow(
                        ws,
                        id,
                        number,
                        1,
                        QuoteStatus.DRAFT,
                        thirdParty,
                        currency,
                        header,
                        by,
                        now,
                        now,
                        null,
                        null,
                        null,
                        null,
                        null,
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        0),
                lines);
        quote.events.add(new QuoteCreated(ws, id, thirdParty, number, by));
        return quote;
    }

    /**
     * New header and lines. A draft changes in place (answers null); a sent quote gets a new revision, still SENT
     * (the client's link shows it at once), and the revision the client saw is answered, to be kept read-only.
     * Any other status refuses ({@code edited}).
     */
    public ArchivedRevision edit(QuoteHeader newHeader, List<QuoteLine> newLines, UserId by, Instant now) {
        ArchivedRevision archived = null;
        if (status == QuoteStatus.SENT) {
            archived = new ArchivedRevision(
                    revision, number(), status, header, totals, sentAt, now, by == null ? null : by.value());
            revision++;
            events.add(new QuoteRevised(workspaceId, id, thirdPartyId, number(), revision, by, now));
        } else if (status != QuoteStatus.DRAFT) {
            throw new QuoteTransitionRefused(status, "edited");
        }
        header = newHeader;
        lines = List.copyOf(newLines);
        totals = QuoteTotals.of(lines, currency);
        updatedAt = now;
        return archived;
    }

    /** Sent to the client (or sent again): a draft becomes SENT; a sent one keeps its status, {@code sentAt} moves. */
    public void markSent(UserId by, Instant now) {
        if (status != QuoteStatus.DRAFT && status != QuoteStatus.SENT) {
            throw new QuoteTransitionRefused(status, "sent");
        }
        status = QuoteStatus.SENT;
        sentAt = now;
        updatedAt = now;
        events.add(new QuoteSent(workspaceId, id, thirdPartyId, number(), revision, by, now));
    }

    /**
     * The client accepts: only a SENT quote still valid on {@code today}. Accepting an accepted quote again changes
     * nothing (answers false: a double click); anything else refuses ({@code accepted}).
     */
    public boolean accept(Acceptance given, LocalDate today, Instant now) {
        if (status == QuoteStatus.ACCEPTED) {
            return false;
        }
        requireOpen(today, "accepted");
        status = QuoteStatus.ACCEPTED;
        acceptance = given;
        answeredAt = now;
        updatedAt = now;
        events.add(new QuoteAccepted(workspaceId, id, thirdPartyId, number(), revision, given.name(), now));
        return true;
    }

    /** The client declines, like {@link #accept}: once, only while SENT and valid. */
    public boolean decline(String reason, String comment, LocalDate today, Instant now) {
        if (status == QuoteStatus.DECLINED) {
            return false;
        }
        requireOpen(today, "declined");
        status = QuoteStatus.DECLINED;
        declinedReason = reason;
        declinedComment = comment;
        answeredAt = now;
        updatedAt = now;
        events.add(new QuoteDeclined(workspaceId, id, thirdPartyId, number(), revision, reason, comment, now));
        return true;
    }

    /** A SENT quote whose validity ended before {@code today}; answers whether it expired now. */
    public boolean expireIfDue(LocalDate today, Instant now) {
        if (status != QuoteStatus.SENT || !header.validUntil().isBefore(today)) {
            return false;
        }
        status = QuoteStatus.EXPIRED;
        updatedAt = now;
        events.add(new QuoteExpired(workspaceId, id, thirdPartyId, number(), revision, now));
        return true;
    }

    /** Cancelled by the workspace: only a draft or a sent quote. */
    public void cancel(UserId by, Instant now) {
        if (status != QuoteStatus.DRAFT && status != QuoteStatus.SENT) {
            throw new QuoteTransitionRefused(status, "cancelled");
        }
        status = QuoteStatus.CANCELLED;
        updatedAt = now;
        events.add(new QuoteCancelled(workspaceId, id, thirdPartyId, number(), revision, by, now));
    }

    private void requireOpen(LocalDate today, String action) {
        if (status != QuoteStatus.SENT) {
            throw new QuoteTransitionRefused(status, action);
        }
        if (header.validUntil().isBefore(today)) {
            throw new QuoteTransitionRefused(QuoteStatus.EXPIRED, action);
        }
    }

    /** The events registered since it was loaded, once: the caller publishes them after saving. */
    public List<Object> takeEvents() {
        List<Object> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    /** The number shown: the base number, and from the second revision on its suffix ({@code -2}). */
    public String number() {
        return revision == 1 ? baseNumber : baseNumber + "-" + revision;
    }

    public QuoteRow row() {
        return new QuoteRow(
                workspaceId,
                id,
                baseNumber,
                revision,
                status,
                thirdPartyId,
                currency,
                header,
                createdBy,
                createdAt,
                updatedAt,
                sentAt,
                answeredAt,
                acceptance,
                declinedReason,
                declinedComment,
                totals.net(),
                totals.tax(),
                totals.gross(),
                version);
    }

    public QuoteId id() {
        return id;
    }

    public int revision() {
        return revision;
    }

    public QuoteStatus status() {
        return status;
    }

    public ThirdPartyId thirdPartyId() {
        return thirdPartyId;
    }

    public Currency currency() {
        return currency;
    }

    public QuoteHeader header() {
        return header;
    }

    public List<QuoteLine> lines() {
        return lines;
    }

    public QuoteTotals totals() {
        return totals;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public long version() {
        return version;
    }
}

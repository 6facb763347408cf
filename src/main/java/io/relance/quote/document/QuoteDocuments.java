package io.relance.quote.document;

import io.relance.party.ContactSummary;
import io.relance.party.ThirdPartyLookup;
import io.relance.party.ThirdPartySummary;
import io.relance.quote.QuoteId;
import io.relance.quote.QuoteStatus;
import io.relance.quote.core.Quote;
import io.relance.quote.core.QuoteHeader;
import io.relance.quote.core.QuoteLine;
import io.relance.quote.core.QuoteRecords;
import io.relance.quote.core.QuoteRow;
import io.relance.quote.core.QuoteTotals;
import io.relance.quote.core.Quotes;
import io.relance.shared.NotFoundException;
import io.relance.shared.RelanceUser;
import io.relance.shared.SupportedLocales;
import io.relance.shared.WorkspaceId;
import io.relance.workspace.BrandingManagement;
import io.relance.workspace.Workspace;
import io.relance.workspace.WorkspaceManagement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A quote as its client sees it, for any module: the {@link QuoteDocument} of its current revision (or of a replaced
 * one) and its PDF. The workspace's branding is the seller; the quote's contact (name and address) is the client.
 * Methods taking a workspace do not check who asks (the public page, a job, the messaging outbox check their own
 * way); those taking a {@link RelanceUser} answer 404 for a quote he may not see.
 */
@Service
public class QuoteDocuments {

    private final Quotes quotes;
    private final QuoteRecords records;
    private final DocumentRevisions revisions;
    private final ThirdPartyLookup thirdParties;
    private final WorkspaceManagement workspaces;
    private final BrandingManagement brandings;
    private final QuoteDocumentRenderer renderer;
    private final Clock clock;

    QuoteDocuments(
            Quotes quotes,
            QuoteRecords records,
            DocumentRevisions revisions,
            ThirdPartyLookup thirdParties,
            WorkspaceManagement workspaces,
            BrandingManagement brandings,
            QuoteDocumentRenderer renderer,
            Clock clock) {
        this.quotes = quotes;
        this.records = records;
        this.revisions = revisions;
        this.thirdParties = thirdParties;
        this.workspaces = workspaces;
        this.brandings = brandings;
        this.renderer = renderer;
        this.clock = clock;
    }

    /** The PDF of a quote's current revision ({@code revision} null) or of one it replaced; empty when none. */
    @Transactional(readOnly = true)
    public Optional<byte[]> pdf(WorkspaceId workspace, QuoteId id, Integer revision) {
        return document(workspace, id, revision).map(renderer::pdf);
    }

    /** The document of a quote's current revision ({@code revision} null) or of one it replaced; empty when none. */
    @Transactional(readOnly = true)
    public Optional<QuoteDocument> document(WorkspaceId workspace, QuoteId id, Integer revision) {
        return quotes.row(workspace, id).flatMap(row -> document(row, revision));
    }

    /** As {@link #document(WorkspaceId, QuoteId, Integer)} for a user: 404 when he may not see the quote. */
    @Transactional(readOnly = true)
    public QuoteDocument document(RelanceUser me, QuoteId id, Integer revision) {
        QuoteRow row = records.visibleRow(me, id).row();
        return document(row, revision).orElseThrow(NotFoundException::new);
    }

    /** The PDF and its file name for a user: 404 when he may not see the quote or the revision does not exist. */
    @Transactional(readOnly = true)
    public QuotePdf pdf(RelanceUser me, QuoteId id, Integer revision) {
        return renderer.file(document(me, id, revision));
    }

    /** The document of a quote already loaded (its current revision), as the public page shows it. */
    public QuoteDocument current(Quote quote) {
        QuoteRow row = quote.row();
        return build(row, row.revision(), row.number(), row.status(), row.header(), row.sentAt(), quote.lines());
    }

    private Optional<QuoteDocument> document(QuoteRow row, Integer revision) {
        WorkspaceId ws = row.workspaceId();
        if (revision == null || revision == row.revision()) {
            return Optional.of(build(
                    row,
                    row.revision(),
                    row.number(),
                    row.status(),
                    row.header(),
                    row.sentAt(),
                    quotes.lines(ws, row.id(), row.revision())));
        }
        if (revision < 1 || revision > row.revision()) {
            return Optional.empty();
        }
        return revisions
                .find(ws, row.id(), revision)
                .map(a -> build(
                        row,
                        revision,
                        a.number(),
                        a.status(),
                        a.header(),
                        a.sentAt(),
                        quotes.lines(ws, row.id(), revision)));
    }

    private QuoteDocument build(
            QuoteRow row,
            int revision,
            String number,
            QuoteStatus status,
            QuoteHeader header,
            Instant sentAt,
            List<QuoteLine> quoteLines) {
        WorkspaceId ws = row.workspaceId();
        Workspace workspace = workspaces.workspace(ws);
        Locale locale = SupportedLocales.of(header.language());
        QuoteTotals totals = QuoteTotals.of(quoteLines, row.currency());
        boolean current = revision == row.revision();
        QuoteDocument.Acceptance acceptance = current && status == QuoteStatus.ACCEPTED && row.acceptance() != null
                ? new QuoteDocument.Acceptance(
                        row.acceptance().name(),
                        row.answeredAt() == null ? null : row.answeredAt().atZone(workspace.zone()))
                : null;
        Instant issued = sentAt != null ? sentAt : clock.instant();
        return new QuoteDocument(
                header.language(),
                row.currency().getCurrencyCode(),
                SellerBlock.of(brandings.branding(ws), workspace.name(), locale),
                client(ws, row, header, workspace, locale),
                number,
                revision,
                LocalDate.ofInstant(issued, workspace.zone()),
                header.validUntil(),
                header.introduction(),
                header.terms(),
                lines(quoteLines, totals),
                totals.byRate().stream()
                        .map(r -> new QuoteDocument.TaxTotal(r.rate(), r.base(), r.tax()))
                        .toList(),
                totals.net(),
                totals.tax(),
                totals.gross(),
                QuoteDocument.Status.valueOf(status.name()),
                acceptance);
    }

    /** The third party's name, the contact it is addressed to, the contact's address (its country when foreign). */
    private QuoteDocument.Client client(
            WorkspaceId ws, QuoteRow row, QuoteHeader header, Workspace workspace, Locale locale) {
        String name = thirdParties
                .find(ws, row.thirdPartyId())
                .map(ThirdPartySummary::name)
                .orElse("");
        Optional<ContactSummary> contact = header.contactId() == null
                ? Optional.empty()
                : thirdParties.contact(ws, row.thirdPartyId(), header.contactId());
        List<String> address = contact.map(c -> SellerBlock.addressLines(
                        c.addressLine(),
                        c.postalCode(),
                        c.city(),
                        c.country() == null || c.country().equals(workspace.country()) ? null : c.country(),
                        locale))
                .orElse(List.of());
        String contactName =
                contact.map(ContactSummary::name).filter(n -> !n.equals(name)).orElse(null);
        return new QuoteDocument.Client(name, contactName, address);
    }

    private static List<QuoteDocument.Line> lines(List<QuoteLine> quoteLines, QuoteTotals totals) {
        List<QuoteDocument.Line> lines = new ArrayList<>();
        for (int i = 0; i < quoteLines.size(); i++) {
            lines.add(QuoteDocument.Line.of(quoteLines.get(i), totals.lineNets().get(i)));
        }
        return lines;
    }
}

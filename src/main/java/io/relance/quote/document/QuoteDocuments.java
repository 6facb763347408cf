package io.relance.quote.document;

import io.relance.party.ContactSummary;
import io.relance.quote.QuoteId;
import io.relance.quote.core.Quote;
import io.relance.quote.core.QuoteDetails;
import io.relance.quote.core.QuoteLine;
import io.relance.quote.core.QuoteManagement;
import io.relance.quote.core.QuoteRow;
import io.relance.quote.core.QuoteTotals;
import io.relance.shared.RelanceUser;
import io.relance.workspace.BrandingManagement;
import io.relance.workspace.Workspace;
import io.relance.workspace.WorkspaceManagement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;

/**
 * A quote's current revision as its client reads it ({@link QuoteDocument}), and its PDF: the quote, its third party
 * and contact, the workspace's branding. For a user who may see the quote (else "not found").
 */
@Service
public class QuoteDocuments {

    private final QuoteManagement quotes;
    private final BrandingManagement branding;
    private final WorkspaceManagement workspaces;
    private final QuoteDocumentRenderer renderer;

    QuoteDocuments(
            QuoteManagement quotes,
            BrandingManagement branding,
            WorkspaceManagement workspaces,
            QuoteDocumentRenderer renderer) {
        this.quotes = quotes;
        this.branding = branding;
        this.workspaces = workspaces;
        this.renderer = renderer;
    }

    public QuoteDocument document(RelanceUser me, QuoteId id) {
        return document(quotes.get(me, id));
    }

    /** The PDF of the quote's current revision and the file name a download or an attachment proposes. */
    public Pdf pdf(RelanceUser me, QuoteId id) {
        QuoteDocument document = document(me, id);
        return new Pdf(QuoteDocumentRenderer.fileName(document), renderer.pdf(document));
    }

    public record Pdf(String fileName, byte[] bytes) {}

    QuoteDocument document(QuoteDetails d) {
        Quote q = d.quote();
        QuoteRow row = q.row();
        Workspace workspace = workspaces.workspace(row.workspaceId());
        ZoneId zone = workspace.zone();
        String language = q.header().language();
        Locale locale = io.relance.shared.SupportedLocales.of(language);
        QuoteTotals totals = q.totals();
        List<QuoteDocument.Line> lines = new ArrayList<>();
        for (int i = 0; i < q.lines().size(); i++) {
            QuoteLine l = q.lines().get(i);
            lines.add(
                    switch (l.kind()) {
                        case SECTION -> QuoteDocument.Line.section(l.description());
                        case SUBTOTAL ->
                            QuoteDocument.Line.subtotal(totals.lineNets().get(i));
                        case ITEM ->
                            QuoteDocument.Line.item(
                                    null,
                                    l.description(),
                                    l.quantity(),
                                    l.unit(),
                                    l.unitPrice(),
                                    l.discountPercent(),
                                    l.taxRate(),
                                    totals.lineNets().get(i));
                    });
        }
        ContactSummary contact = d.contact();
        List<String> address = contact == null
                ? List.of()
                : SellerBlock.addressLines(
                        contact.addressLine(),
                        contact.postalCode(),
                        contact.city(),
                        contact.country() == null || contact.country().equals(workspace.country())
                                ? null
                                : contact.country(),
                        locale);
        Instant issued = row.sentAt() != null ? row.sentAt() : row.createdAt();
        return new QuoteDocument(
                language,
                q.currency().getCurrencyCode(),
                SellerBlock.of(branding.branding(row.workspaceId()), workspace.name(), locale),
                new QuoteDocument.Client(d.thirdParty().name(), contact == null ? null : contact.name(), address),
                q.number(),
                q.revision(),
                issued.atZone(zone).toLocalDate(),
                q.header().validUntil(),
                q.header().introduction(),
                q.header().terms(),
                lines,
                totals.byRate().stream()
                        .map(t -> new QuoteDocument.TaxTotal(t.rate(), t.base(), t.tax()))
                        .toList(),
                totals.net(),
                totals.tax(),
                totals.gross(),
                QuoteDocument.Status.valueOf(q.status().name()),
                row.acceptance() == null || row.answeredAt() == null
                        ? null
                        : new QuoteDocument.Acceptance(
                                row.acceptance().name(), row.answeredAt().atZone(zone)));
    }
}

package io.relance.quote.publicpage;

import io.relance.party.ContactSummary;
import io.relance.party.ThirdPartyLookup;
import io.relance.party.ThirdPartySummary;
import io.relance.quote.QuoteStatus;
import io.relance.quote.core.Quote;
import io.relance.quote.core.QuoteLine;
import io.relance.quote.core.QuoteTotals;
import io.relance.quote.document.QuoteDocument;
import io.relance.quote.document.SellerBlock;
import io.relance.shared.SupportedLocales;
import io.relance.shared.WorkspaceId;
import io.relance.workspace.BrandingManagement;
import io.relance.workspace.Workspace;
import io.relance.workspace.WorkspaceManagement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** A quote's current revision as the shared document template prints it (page and PDF alike). */
@Component
class PublicDocuments {

    private final ThirdPartyLookup parties;
    private final BrandingManagement branding;
    private final WorkspaceManagement workspaces;

    PublicDocuments(ThirdPartyLookup parties, BrandingManagement branding, WorkspaceManagement workspaces) {
        this.parties = parties;
        this.branding = branding;
        this.workspaces = workspaces;
    }

    QuoteDocument of(WorkspaceId ws, Quote quote) {
        Workspace w = workspaces.workspace(ws);
        Locale locale = SupportedLocales.of(quote.header().language());
        ThirdPartySummary tp = parties.find(ws, quote.thirdPartyId()).orElseThrow();
        ContactSummary contact = quote.header().contactId() == null
                ? null
                : parties.contact(ws, tp.id(), quote.header().contactId()).orElse(null);
        List<String> address = contact == null
                ? List.of()
                : SellerBlock.addressLines(
                        contact.addressLine(), contact.postalCode(), contact.city(), contact.country(), locale);
        QuoteDocument.Client client =
                new QuoteDocument.Client(tp.name(), contact == null ? null : contact.name(), address);
        int digits = quote.currency().getDefaultFractionDigits();
        List<QuoteDocument.Line> lines = new ArrayList<>();
        BigDecimal sinceSection = BigDecimal.ZERO;
        for (QuoteLine line : quote.lines()) {
            switch (line.kind()) {
                case SECTION -> {
                    lines.add(QuoteDocument.Line.section(line.description()));
                    sinceSection = BigDecimal.ZERO;
                }
                case SUBTOTAL -> lines.add(QuoteDocument.Line.subtotal(sinceSection));
                default -> {
                    BigDecimal net = line.net(digits);
                    sinceSection = sinceSection.add(net);
                    lines.add(QuoteDocument.Line.item(
                            null,
                            line.description(),
                            line.quantity(),
                            line.unit(),
                            line.unitPrice(),
                            line.discountPercent(),
                            line.taxRate(),
                            net));
                }
            }
        }
        QuoteTotals totals = quote.totals();
        var row = quote.row();
        QuoteDocument.Acceptance accepted = quote.status() == QuoteStatus.ACCEPTED && row.acceptance() != null
                ? new QuoteDocument.Acceptance(
                        row.acceptance().name(),
                        row.answeredAt() == null ? null : row.answeredAt().atZone(w.zone()))
                : null;
        return new QuoteDocument(
                quote.header().language(),
                quote.currency().getCurrencyCode(),
                SellerBlock.of(branding.branding(ws), w.name(), locale),
                client,
                quote.number(),
                quote.revision(),
                (row.sentAt() != null ? row.sentAt() : row.createdAt())
                        .atZone(w.zone())
                        .toLocalDate(),
                quote.header().validUntil(),
                quote.header().introduction(),
                quote.header().terms(),
                lines,
                totals.byRate().stream()
                        .map(r -> new QuoteDocument.TaxTotal(r.rate(), r.base(), r.tax()))
                        .toList(),
                totals.net(),
                totals.tax(),
                totals.gross(),
                QuoteDocument.Status.valueOf(quote.status().name()),
                accepted);
    }
}

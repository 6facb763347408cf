package io.relance.quote.document.web;

import io.relance.quote.QuoteId;
import io.relance.quote.document.QuoteDocument;
import io.relance.quote.document.QuoteDocumentRenderer;
import io.relance.quote.document.QuoteDocuments;
import io.relance.shared.Ids;
import io.relance.shared.RelanceUser;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A quote's PDF as a download named after its number, never kept by a shared cache. */
final class PdfAnswer {

    private PdfAnswer() {}

    /** The PDF of the quote {@code id} (a revision of it, or its current one) as this user may see it; else 404. */
    static ResponseEntity<byte[]> of(
            QuoteDocuments documents, QuoteDocumentRenderer renderer, RelanceUser me, String id, Integer revision) {
        QuoteDocument document = documents.document(me, new QuoteId(Ids.parse(id)), revision);
        return of(document, renderer.pdf(document));
    }

    static ResponseEntity<byte[]> of(QuoteDocument document, byte[] pdf) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(QuoteDocumentRenderer.fileName(document))
                                .build()
                                .toString())
                .body(pdf);
    }
}

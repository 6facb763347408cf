package io.relance.quote.document.web;

import io.relance.quote.document.QuoteDocument;
import io.relance.quote.document.QuoteDocumentRenderer;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A quote's PDF as a download named after its number, never kept by a shared cache. */
final class PdfAnswer {

    private PdfAnswer() {}

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

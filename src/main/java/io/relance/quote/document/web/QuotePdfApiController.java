package io.relance.quote.document.web;

import io.relance.quote.QuoteId;
import io.relance.quote.document.QuoteDocuments;
import io.relance.shared.Ids;
import io.relance.shared.RelanceUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The quote's PDF for programs. */
@RestController
@Tag(name = "Quotes")
record QuotePdfApiController(QuoteDocuments documents) {

    @GetMapping("/api/v1/quotes/{id}/pdf")
    @Operation(
            summary = "The quote's PDF (A4, in the quote's language): its current revision, or a replaced one with"
                    + " 'revision'; 404 for a quote the caller may not see")
    ResponseEntity<byte[]> pdf(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam(required = false) Integer revision) {
        return documents.pdf(me, new QuoteId(Ids.parse(id)), revision).download();
    }
}

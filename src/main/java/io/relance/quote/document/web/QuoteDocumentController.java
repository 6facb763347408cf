package io.relance.quote.document.web;

import io.relance.quote.QuoteId;
import io.relance.quote.document.QuoteDocument;
import io.relance.quote.document.QuoteDocuments;
import io.relance.shared.Ids;
import io.relance.shared.RelanceUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The quote's document from its page: the PDF to download, and a preview laid out like it (the public page's
 * template) with a Print button. A quote the user may not see is a 404, like its page.
 */
@Controller
record QuoteDocumentController(QuoteDocuments documents) {

    static final String VIEW_PREVIEW = "quote/document-preview";

    @GetMapping("/quotes/{id}/pdf")
    ResponseEntity<byte[]> pdf(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam(required = false) Integer revision) {
        return documents.pdf(me, new QuoteId(Ids.parse(id)), revision).download();
    }

    @GetMapping("/quotes/{id}/document")
    String preview(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam(required = false) Integer revision,
            Model model) {
        QuoteDocument document = documents.document(me, new QuoteId(Ids.parse(id)), revision);
        model.addAttribute("doc", document);
        model.addAttribute("quoteId", id);
        model.addAttribute("revision", revision);
        model.addAttribute("logoSrc", document.logoDataUri());
        return VIEW_PREVIEW;
    }
}

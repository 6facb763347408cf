package io.relance.messaging.web;

import io.relance.messaging.MailNotSetUpException;
import io.relance.messaging.Outbox;
import io.relance.messaging.OutboxEntry;
import io.relance.messaging.SendRefused;
import io.relance.messaging.quote.QuoteMailing;
import io.relance.quote.QuoteId;
import io.relance.quote.QuoteTransitionRefused;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.Flash;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The quote's Send page (from the quote page's Send button): the e-mail as the template writes it in the quote's
 * language, to edit before sending, the PDF attached or not; the private link to copy and send another way; the PDF
 * to print, without any link. A plain form: it works without JavaScript (the copy button then shows the link).
 */
@Controller
@RequestMapping("/quotes/{id}")
record QuoteSendController(QuoteMailing mailing, MessagingPages pages, Outbox outbox) {

    static final String VIEW = "messaging/quote-send";

    /** The form as typed. */
    record SendForm(String to, String subject, String message, boolean attachPdf) {}

    @GetMapping("/send")
    String dialog(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            Model model,
            RedirectAttributes redirect) {
        try {
            QuoteMailing.Draft draft = mailing.draft(me, quoteId(id));
            return page(draft, new SendForm(draft.to(), draft.subject(), draft.message(), true), Map.of(), model);
        } catch (QuoteTransitionRefused e) {
            Flash.error(pages.refused(e)).addTo(redirect);
            return "redirect:/quotes/" + id;
        } catch (SendRefused e) {
            Flash.error(e.reasons()).addTo(redirect);
            return "redirect:/quotes/" + id;
        }
    }

    @PostMapping("/send")
    String send(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "") String subject,
            @RequestParam(defaultValue = "") String message,
            @RequestParam(defaultValue = "false") boolean attachPdf,
            Model model,
            RedirectAttributes redirect) {
        SendForm form = new SendForm(to, subject, message, attachPdf);
        try {
            QuoteMailing.Sent sent =
                    mailing.send(me, quoteId(id), new QuoteMailing.SendQuote(to, attachPdf, subject, message));
            Optional<OutboxEntry> held = outbox.held(me.workspaceId(), sent.mailId());
            (held.isPresent()
                            ? Flash.success(
                                    "messaging.quote.sentHeld",
                                    sent.quote().number(),
                                    held.get().heldReason())
                            : Flash.success(
                                    "messaging.quote.sent", sent.quote().number(), to.isBlank() ? "" : to.strip()))
                    .addTo(redirect);
            return "redirect:/quotes/" + id;
        } catch (InvalidInputException e) {
            return page(mailing.draft(me, quoteId(id)), form, pages.errors(e), model);
        } catch (MailNotSetUpException e) {
            return page(mailing.draft(me, quoteId(id)), form, Map.of(), model);
        } catch (QuoteTransitionRefused e) {
            Flash.error(pages.refused(e)).addTo(redirect);
            return "redirect:/quotes/" + id;
        }
    }

    /** "Copy link": marks the quote sent (the link goes by another channel) and shows the link again. */
    @PostMapping("/share-link")
    String shareLink(@AuthenticationPrincipal RelanceUser me, @PathVariable String id, RedirectAttributes redirect) {
        QuoteMailing.Sent shared;
        try {
            shared = mailing.shareLink(me, quoteId(id));
        } catch (QuoteTransitionRefused e) {
            Flash.error(pages.refused(e)).addTo(redirect);
            return "redirect:/quotes/" + id;
        }
        Flash.success("messaging.quote.linkShared", shared.quote().number()).addTo(redirect);
        return "redirect:/quotes/" + id + "/send";
    }

    private String page(QuoteMailing.Draft draft, SendForm form, Map<String, String> errors, Model model) {
        model.addAttribute("draft", draft);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return VIEW;
    }

    private static QuoteId quoteId(String id) {
        return new QuoteId(Ids.parse(id));
    }
}

package io.relance.messaging.web;

import io.relance.messaging.MailId;
import io.relance.messaging.MailState;
import io.relance.messaging.Outbox;
import io.relance.messaging.OutboxEntry;
import io.relance.messaging.SendRefused;
import io.relance.shared.Cursors;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.relance.shared.Role;
import io.relance.shared.StaleVersionException;
import io.relance.shared.web.Flash;
import io.relance.shared.web.NavigationItem;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The e-mails the contact rules hold ({@code /outbox/held}, managers and admins), newest first, each with when the
 * rules allow it and why it waits, and the form that sends it at once with a reason (recorded on its timelines). A
 * missing reason is said beside its field; a send the rules refuse outright (do not contact, exclusivity) says why.
 */
@Controller
record HeldMailsController(Outbox outbox, MessagingPages pages) {

    static final String VIEW = "messaging/held";

    static final int SHOWN = 50;

    /** What the page shows: a page of held e-mails, the cursor to the next, and a release form's errors as typed. */
    record Page(List<OutboxEntry> mails, String next, UUID failed, String reason, Map<String, String> errors) {}

    /** The managers' entry of the navigation. */
    @Bean
    static NavigationItem heldMailsNavigation() {
        return new NavigationItem(
                45, "outbox", "messaging.held.nav", "bi-hourglass-split", "/outbox/held", Role.MANAGER, true, false);
    }

    @GetMapping("/outbox/held")
    String held(@AuthenticationPrincipal RelanceUser me, @RequestParam(required = false) String cursor, Model model) {
        model.addAttribute("page", page(me, cursor, null, null, Map.of()));
        return VIEW;
    }

    @PostMapping("/outbox/{id}/release")
    String release(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) Long version,
            Model model,
            RedirectAttributes redirect) {
        MailId mail = new MailId(Ids.parse(id));
        try {
            if (version == null) {
                throw new InvalidInputException("version", "validation.required");
            }
            outbox.release(me, mail, version, reason);
        } catch (InvalidInputException e) {
            model.addAttribute("page", page(me, null, mail.value(), reason, pages.errors(e)));
            return VIEW;
        } catch (SendRefused e) {
            Flash.error(e.reasons()).addTo(redirect);
            return "redirect:/outbox/held";
        } catch (StaleVersionException e) {
            Flash.error(pages.text("problem.stale")).addTo(redirect);
            return "redirect:/outbox/held";
        }
        Flash.success("messaging.held.released").addTo(redirect);
        return "redirect:/outbox/held";
    }

    private Page page(RelanceUser me, String cursor, UUID failed, String reason, Map<String, String> errors) {
        UUID before = cursor == null || cursor.isBlank()
                ? null
                : Ids.parseCursorId(Cursors.decode(cursor, 1).get(0));
        List<OutboxEntry> mails = outbox.recent(me, MailState.HELD, before, SHOWN + 1);
        String next =
                mails.size() > SHOWN ? Cursors.encode(mails.get(SHOWN - 1).id().toString()) : null;
        return new Page(mails.subList(0, Math.min(SHOWN, mails.size())), next, failed, reason, errors);
    }
}

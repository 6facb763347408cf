package io.relance.party.web.ownership;

import static io.relance.party.web.PartyPages.blank;
import static io.relance.party.web.PartyPages.id;
import static io.relance.party.web.PartyPages.page;

import io.relance.party.ownership.OwnershipManagement;
import io.relance.party.web.PartyPages;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.relance.shared.UserId;
import io.relance.shared.web.Flash;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The record page's owner and special-cases panels: give the record to another rep, grant and revoke a case. */
@Controller
@RequestMapping("/thirdparties/{id}")
class OwnershipController {

    private final OwnershipManagement ownershipManagement;
    private final PartyPages pages;

    OwnershipController(PartyPages pages, OwnershipManagement ownershipManagement) {
        this.ownershipManagement = ownershipManagement;
        this.pages = pages;
    }

    @PostMapping("/owner")
    String owner(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam String ownerId,
            @RequestParam Long version,
            RedirectAttributes redirect) {
        pages.flashOutcome(redirect, () -> {
            ownershipManagement.reassign(me, id(id), new UserId(Ids.parse(ownerId)), version);
            return Flash.success("thirdparty.owner.changed");
        });
        return "redirect:" + page(id);
    }

    @PostMapping("/exceptions")
    String grant(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam String userId,
            @RequestParam(defaultValue = "") String until,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        pages.flashOutcome(redirect, () -> {
            Instant endsAt = blank(until) ? null : endOfDay(until, me);
            ownershipManagement.grantException(me, id(id), new UserId(Ids.parse(userId)), endsAt, reason);
            return Flash.success("thirdparty.exception.granted");
        });
        return "redirect:" + page(id);
    }

    @PostMapping("/exceptions/{exceptionId}/revoke")
    String revoke(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @PathVariable String exceptionId,
            RedirectAttributes redirect) {
        ownershipManagement.revokeException(me, id(id), Ids.parse(exceptionId));
        Flash.success("thirdparty.exception.revoked").addTo(redirect);
        return "redirect:" + page(id);
    }

    /** The instant a day typed ({@code yyyy-MM-dd}) ends in the workspace's zone. */
    private Instant endOfDay(String day, RelanceUser me) {
        try {
            return LocalDate.parse(day).plusDays(1).atStartOfDay(pages.zone(me)).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("until", "validation.date");
        }
    }
}

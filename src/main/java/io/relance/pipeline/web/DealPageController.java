package io.relance.pipeline.web;

import io.relance.history.EntryTypes;
import io.relance.history.HistoryManagement;
import io.relance.party.ThirdPartyLookup;
import io.relance.pipeline.DealActionType;
import io.relance.pipeline.DealId;
import io.relance.pipeline.PipelineEntryTypes;
import io.relance.pipeline.deal.DealManagement;
import io.relance.pipeline.deal.DealManagement.DealDetails;
import io.relance.pipeline.deal.LoggedAction;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import io.relance.shared.StaleVersionException;
import io.relance.shared.web.Flash;
import io.relance.shared.web.PageTexts;
import io.relance.workspace.WorkspaceManagement;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A deal's page ({@code /deals/{id}}): its facts, its phase, the form that moves it (with a note), the "log an action"
 * form (type, when, what happened, and optionally the phase to place it in), and its timeline. Errors come back beside
 * their fields with what was typed; a move from the board goes back to the board.
 */
@Controller
class DealPageController {

    static final String VIEW = "pipeline/deal";

    /** The action types a person logs on a deal, in the form's order. */
    static final List<DealActionType> ACTIONS = List.of(
            DealActionType.VISIT,
            DealActionType.DOCUMENTATION_SENT,
            DealActionType.INQUIRY_ANSWERED,
            DealActionType.RESERVATION,
            DealActionType.PURCHASE_CONFIRMATION,
            DealActionType.NOTARIAL_CERTIFICATION,
            DealActionType.REFUSAL,
            DealActionType.CALL,
            DealActionType.EMAIL,
            DealActionType.NOTE,
            DealActionType.MATCHING_EMAIL,
            DealActionType.INQUIRY);

    private final DealManagement deals;
    private final HistoryManagement history;
    private final EntryTypes entryTypes;
    private final ThirdPartyLookup parties;
    private final DealCards cards;
    private final WorkspaceManagement workspaces;
    private final PageTexts texts;
    private final java.time.Clock clock;
    private final io.relance.object.SalesObjects objects;

    DealPageController(
            DealManagement deals,
            HistoryManagement history,
            EntryTypes entryTypes,
            ThirdPartyLookup parties,
            DealCards cards,
            WorkspaceManagement workspaces,
            PageTexts texts,
            java.time.Clock clock,
            io.relance.object.SalesObjects objects) {
        this.clock = clock;
        this.objects = objects;
        this.deals = deals;
        this.history = history;
        this.entryTypes = entryTypes;
        this.parties = parties;
        this.cards = cards;
        this.workspaces = workspaces;
        this.texts = texts;
    }

    @GetMapping("/deals/{id}")
    String page(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam(required = false) String cursor,
            Model model) {
        return page(me, deals.get(me, dealId(id)), cursor, Map.of(), Map.of(), model);
    }

    @PostMapping("/deals/{id}/move")
    String move(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam(required = false) String phase,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) Long version,
            @RequestParam(required = false) String returnTo,
            Model model,
            RedirectAttributes redirect) {
        DealDetails d = deals.get(me, dealId(id));
        try {
            DealDetails moved = deals.move(me, d.deal().id(), phase, note, version);
            Flash.success(
                            "pipeline.deal.moved",
                            d.thirdParty().name(),
                            moved.phase().label(me.locale()))
                    .addTo(redirect);
        } catch (StaleVersionException e) {
            Flash.error(texts.text("pipeline.deal.stale")).addTo(redirect);
        } catch (InvalidInputException e) {
            if (!"board".equals(returnTo)) {
                Map<String, String> typed = new LinkedHashMap<>();
                typed.put("phase", phase == null ? "" : phase);
                typed.put("note", note == null ? "" : note);
                return page(me, d, null, typed, prefixed("move-", texts.errors(e)), model);
            }
            Flash.error(String.join(" ", texts.errors(e).values())).addTo(redirect);
        }
        return "board".equals(returnTo)
                ? "redirect:/deals/board?pipeline=" + d.deal().pipeline()
                : "redirect:/deals/" + d.deal().id();
    }

    @PostMapping("/deals/{id}/actions")
    String act(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String occurredAt,
            @RequestParam(required = false) String summary,
            @RequestParam(required = false) String phase,
            Model model,
            RedirectAttributes redirect) {
        DealDetails d = deals.get(me, dealId(id));
        try {
            java.time.Instant when = null;
            if (occurredAt != null && !occurredAt.isBlank()) {
                try {
                    when = LocalDateTime.parse(occurredAt.strip())
                            .atZone(workspaces.workspace(me.workspaceId()).zone())
                            .toInstant();
                } catch (DateTimeParseException e) {
                    throw new InvalidInputException("occurredAt", "validation.type");
                }
            }
            DealDetails after = deals.logAction(me, d.deal().id(), new LoggedAction(type, when, summary, phase));
            Flash.success("pipeline.action.logged", after.phase().label(me.locale()))
                    .addTo(redirect);
            return "redirect:/deals/" + d.deal().id();
        } catch (InvalidInputException e) {
            Map<String, String> typed = new LinkedHashMap<>();
            typed.put("type", type == null ? "" : type);
            typed.put("occurredAt", occurredAt == null ? "" : occurredAt);
            typed.put("summary", summary == null ? "" : summary);
            typed.put("phase", phase == null ? "" : phase);
            return page(me, d, null, typed, prefixed("action-", texts.errors(e)), model);
        }
    }

    private String page(
            RelanceUser me,
            DealDetails d,
            String cursor,
            Map<String, String> typed,
            Map<String, String> errors,
            Model model) {
        model.addAttribute("d", d);
        model.addAttribute("deal", d.deal());
        model.addAttribute("stale", d.deal().staleAt(d.phase().rotDays(), clock.instant()));
        model.addAttribute("phases", d.pipeline().activePhases());
        model.addAttribute("actions", ACTIONS);
        model.addAttribute(
                "object",
                d.deal().objectId() == null
                        ? null
                        : objects.summary(
                                        me.workspaceId(),
                                        new io.relance.object.SalesObjectId(
                                                d.deal().objectId()))
                                .orElse(null));
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("membersById", cards.members(me));
        model.addAttribute(
                "contact",
                d.deal().contactId() == null
                        ? null
                        : parties.contact(
                                        me.workspaceId(),
                                        d.thirdParty().id(),
                                        d.deal().contactId())
                                .orElse(null));
        model.addAttribute(
                "timeline",
                history.timeline(
                        me.workspaceId().value(),
                        PipelineEntryTypes.target(d.deal().id()),
                        entryTypes.group("all"),
                        PageRequest.of(50, cursor)));
        return VIEW;
    }

    /** The form's errors keyed by the form's prefix and the field ({@code action-summary}). */
    private static Map<String, String> prefixed(String prefix, Map<String, String> errors) {
        Map<String, String> keyed = new LinkedHashMap<>();
        errors.forEach((field, message) -> keyed.put(prefix + field, message));
        return keyed;
    }

    static DealId dealId(String id) {
        return new DealId(Ids.parse(id));
    }
}

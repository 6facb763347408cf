package io.relance.party.web.record;

import static io.relance.party.web.PartyPages.id;
import static io.relance.party.web.PartyPages.page;

import io.relance.history.EntryTypes;
import io.relance.history.HandLoggedType;
import io.relance.party.ContactWarnings;
import io.relance.party.ProspectStatus;
import io.relance.party.ThirdPartyId;
import io.relance.party.contact.ContactManagement;
import io.relance.party.core.ThirdPartyDetails;
import io.relance.party.core.ThirdPartyManagement;
import io.relance.party.core.ThirdPartyTimeline;
import io.relance.party.ownership.OwnershipManagement;
import io.relance.party.web.PartyPages;
import io.relance.party.web.contact.ContactsPanel;
import io.relance.shared.InvalidInputException;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.Flash;
import io.relance.shared.web.HtmxAnswer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
 * The record page of a third party, its timeline and its log box; deleting and restoring it. The boxes of the page
 * answer in place when htmx asks; without JavaScript the same forms post normally and the page comes again.
 */
@Controller
@RequestMapping("/thirdparties/{id}")
record RecordController(
        ThirdPartyManagement thirdParties,
        ThirdPartyTimeline thirdPartyTimeline,
        ContactManagement contactManagement,
        OwnershipManagement ownershipManagement,
        EntryTypes entryTypes,
        PartyPages pages) {

    static final String VIEW_RECORD = "party/record";
    static final String VIEW_TIMELINE = "party/record-timeline :: timeline";
    static final String VIEW_LOGBOX = "party/record-timeline :: logbox";
    /** The cleared log box, and the timeline swapped out of band. */
    static final String VIEW_LOGGED = "party/record-timeline :: logged";

    static final List<HandLoggedType> HAND_KINDS = List.of(
            HandLoggedType.CALL,
            HandLoggedType.MEETING,
            HandLoggedType.VISIT,
            HandLoggedType.EMAIL,
            HandLoggedType.SMS,
            HandLoggedType.NOTE);

    @GetMapping
    String record(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam(defaultValue = "all") String kind,
            @RequestParam(required = false) String cursor,
            Model model) {
        ThirdPartyId tpId = id(id);
        ThirdPartyDetails d = thirdParties.get(me, tpId);
        model.addAttribute("d", d);
        ContactsPanel.fill(model, tpId, contactManagement.contacts(me, tpId), pages);
        model.addAttribute("files", thirdPartyTimeline.files(me, tpId));
        timelineModel(me, tpId, kind, cursor, model);
        logboxModel(model, LogForm.empty(), Map.of());
        model.addAttribute("exceptions", ownershipManagement.exceptions(me, tpId));
        model.addAttribute("members", pages.members(me));
        model.addAttribute("fields", pages.customFields(me));
        model.addAttribute("potentials", pages.potentials(me));
        model.addAttribute("statuses", ProspectStatus.values());
        model.addAttribute("today", LocalDate.now(pages.zone(me)));
        return VIEW_RECORD;
    }

    /** The timeline alone, for its filter and its refresh after a change; without htmx, the page at that filter. */
    @GetMapping("/timeline")
    String timeline(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam(defaultValue = "all") String kind,
            @RequestParam(required = false) String cursor,
            HtmxAnswer answer) {
        timelineModel(me, id(id), kind, cursor, answer.model());
        return answer.fragmentOr(page(id) + "?kind=" + kind, () -> VIEW_TIMELINE);
    }

    @PostMapping("/log")
    String log(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            LogForm form,
            @RequestParam(defaultValue = "all") String kind,
            HtmxAnswer answer) {
        ThirdPartyId tpId = id(id);
        Model model = answer.model();
        List<String> warnings;
        try {
            warnings = thirdPartyTimeline.logContact(me, tpId, form.toEvent(pages.zone(me))).warnings().stream()
                    .map(ContactWarnings.Warning::message)
                    .toList();
        } catch (InvalidInputException e) {
            return answer.answer(page(id), Flash.error(pages.sentence(e)), () -> {
                thirdParties.get(me, tpId); // a record out of reach is "not found", even to a wrong form
                logboxModel(model, form, pages.errors(e));
                model.addAttribute("recordId", tpId.value());
                return VIEW_LOGBOX;
            });
        }
        Flash done = warnings.isEmpty()
                ? Flash.success("thirdparty.logged")
                : Flash.success("thirdparty.loggedWithWarnings", String.join(" ", warnings));
        return answer.answer(page(id), done, () -> {
            // The timeline keeps its filter when the entry shows in it; otherwise it shows everything again.
            String shown = EntryTypes.isGroup(kind)
                            && entryTypes.group(kind).contains(form.kind().entryType())
                    ? kind
                    : "all";
            if (!shown.equals(kind)) {
                answer.response().setHeader("HX-Replace-Url", answer.request().getContextPath() + page(id));
            }
            logboxModel(model, form.cleared(), Map.of());
            model.addAttribute("logged", true);
            model.addAttribute("contactWarnings", warnings);
            timelineModel(me, tpId, shown, null, model);
            model.addAttribute("oob", true);
            return VIEW_LOGGED;
        });
    }

    @PostMapping("/delete")
    String delete(@AuthenticationPrincipal RelanceUser me, @PathVariable String id, RedirectAttributes redirect) {
        thirdParties.delete(me, id(id));
        Flash.success("thirdparty.deleted").addTo(redirect);
        return "redirect:/thirdparties";
    }

    @PostMapping("/restore")
    String restore(@AuthenticationPrincipal RelanceUser me, @PathVariable String id, RedirectAttributes redirect) {
        thirdParties.restore(me, id(id));
        Flash.success("thirdparty.restored").addTo(redirect);
        return "redirect:" + page(id);
    }

    private void timelineModel(RelanceUser me, ThirdPartyId tpId, String kind, String cursor, Model model) {
        model.addAttribute(
                "timeline", thirdPartyTimeline.timeline(me, tpId, entryTypes.group(kind), PageRequest.of(30, cursor)));
        model.addAttribute("recordId", tpId.value());
        model.addAttribute("kind", kind);
        model.addAttribute("membersById", pages.membersById(me));
        model.addAttribute("potentialLabels", pages.potentialLabels(me));
    }

    private static void logboxModel(Model model, LogForm form, Map<String, String> errors) {
        model.addAttribute("logForm", form);
        model.addAttribute("logErrors", errors);
        model.addAttribute("handKinds", HAND_KINDS);
        model.addAttribute("directionKinds", kindsThat(HandLoggedType::hasDirection));
        model.addAttribute("outcomeKinds", kindsThat(HandLoggedType::hasOutcome));
    }

    /** The names of the kinds logged by hand that have something (a direction, an outcome). */
    private static List<String> kindsThat(java.util.function.Predicate<HandLoggedType> has) {
        return HAND_KINDS.stream().filter(has).map(Enum::name).toList();
    }
}

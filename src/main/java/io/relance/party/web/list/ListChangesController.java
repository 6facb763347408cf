package io.relance.party.web.list;

import static io.relance.party.web.PartyPages.blank;
import static io.relance.party.web.PartyPages.id;

import io.relance.party.ProspectStatus;
import io.relance.party.core.ThirdPartyDetails;
import io.relance.party.core.ThirdPartyManagement;
import io.relance.party.search.BulkChange;
import io.relance.party.search.BulkChanges;
import io.relance.party.search.ListPreferenceManagement;
import io.relance.party.search.SegmentManagement;
import io.relance.party.search.ThirdPartyFilter;
import io.relance.party.web.PartyPages;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.Flash;
import io.relance.shared.web.HtmxAnswer;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the list changes: a row's status and potential in one click (also from a record's header), the selected rows
 * at once, the saved segments, the columns shown.
 */
@Controller
@RequestMapping("/thirdparties")
class ListChangesController {

    static final String VIEW_ROW = "party/list :: row";
    static final String VIEW_RECORD_STATE = "party/record :: state";

    private final ThirdPartyManagement thirdParties;
    private final BulkChanges bulkChanges;
    private final SegmentManagement segmentManagement;
    private final ListPreferenceManagement listPreferenceManagement;
    private final ListModel lists;
    private final PartyPages pages;

    ListChangesController(
            ThirdPartyManagement thirdParties,
            BulkChanges bulkChanges,
            SegmentManagement segmentManagement,
            ListPreferenceManagement listPreferenceManagement,
            ListModel lists,
            PartyPages pages) {
        this.thirdParties = thirdParties;
        this.bulkChanges = bulkChanges;
        this.segmentManagement = segmentManagement;
        this.listPreferenceManagement = listPreferenceManagement;
        this.lists = lists;
        this.pages = pages;
    }

    @PostMapping("/{id}/status")
    String status(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam String status,
            @RequestParam(required = false) String view,
            HtmxAnswer answer) {
        ThirdPartyDetails d = thirdParties.changeStatus(me, id(id), status(status), null);
        return rowOrBack(me, d, view, answer);
    }

    @PostMapping("/{id}/potential")
    String potential(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam String potential,
            @RequestParam(required = false) String view,
            HtmxAnswer answer) {
        ThirdPartyDetails d = thirdParties.changePotential(me, id(id), potential, null);
        return rowOrBack(me, d, view, answer);
    }

    /**
     * After a one-click change: with htmx, the list's row, or on the record page its status and potential (and the
     * potential among the facts) while the timeline reloads itself; without, back where the user was.
     */
    private String rowOrBack(RelanceUser me, ThirdPartyDetails d, String view, HtmxAnswer answer) {
        Model model = answer.model();
        return answer.fragmentOr(back(answer.request(), "/thirdparties"), () -> {
            model.addAttribute("d", d);
            if ("record".equals(view)) {
                model.addAttribute("statuses", ProspectStatus.values());
                model.addAttribute("potentials", pages.potentials(me));
                model.addAttribute("oob", true);
                answer.trigger(PartyPages.TIMELINE_CHANGED);
                return VIEW_RECORD_STATE;
            }
            lists.fill(me, model);
            return VIEW_ROW;
        });
    }

    @PostMapping("/bulk")
    String bulk(
            @AuthenticationPrincipal RelanceUser me,
            @RequestParam(required = false) List<String> ids,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String potential,
            @RequestParam(required = false) String ownerId,
            @RequestParam(required = false) String addTag,
            @RequestParam(defaultValue = "") String back,
            RedirectAttributes redirect) {
        pages.flashOutcome(redirect, () -> {
            List<UUID> selected =
                    ids == null ? List.of() : ids.stream().map(Ids::parse).toList();
            int changed = bulkChanges.bulk(
                    me,
                    new BulkChange(
                            selected,
                            blank(status) ? null : status(status),
                            blank(potential) ? null : potential,
                            blank(ownerId) ? null : Ids.parse(ownerId),
                            blank(addTag) ? null : addTag));
            return Flash.success("thirdparty.bulk.done", changed);
        });
        return "redirect:/thirdparties" + (back.isBlank() || !back.matches("[^:]*") ? "" : "?" + back);
    }

    @PostMapping("/segments")
    String saveSegment(
            @AuthenticationPrincipal RelanceUser me,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "false") boolean shared,
            @RequestParam(defaultValue = "") String query,
            RedirectAttributes redirect) {
        MultiValueMap<String, String> decoded = ThirdPartyFilter.parseQuery(query);
        if ("true".equals(decoded.getFirst("deleted"))) {
            // the trash is a place to restore from, not a view to keep: it offers no segment
            Flash.error(pages.text("thirdparty.segment.trash")).addTo(redirect);
            return "redirect:/thirdparties?deleted=true";
        }
        try {
            var segment = segmentManagement.saveSegment(
                    me, name, ThirdPartyFilter.fromParams(decoded, pages.zone(me)), shared);
            Flash.success("thirdparty.segment.saved", segment.name()).addTo(redirect);
            return "redirect:/thirdparties?segment=" + segment.id();
        } catch (InvalidInputException e) {
            Flash.error(pages.sentence(e)).addTo(redirect);
            return "redirect:/thirdparties" + (query.isBlank() ? "" : "?" + query);
        }
    }

    @PostMapping("/segments/{segmentId}/delete")
    String deleteSegment(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String segmentId, RedirectAttributes redirect) {
        segmentManagement.deleteSegment(me, Ids.parse(segmentId));
        Flash.success("thirdparty.segment.deleted").addTo(redirect);
        return "redirect:/thirdparties";
    }

    /**
     * Keeps the columns ticked in the list's "Columns" form, in its order; {@code move=up:<key>} or
     * {@code down:<key>} moves one first (the form's arrows, which work without JavaScript), {@code reset} goes
     * back to the defaults. Back to the list with its filters.
     */
    @PostMapping("/columns")
    String columns(
            @AuthenticationPrincipal RelanceUser me,
            @RequestParam(required = false) List<String> columns,
            @RequestParam(defaultValue = "") String move,
            @RequestParam(defaultValue = "false") boolean reset,
            @RequestParam(defaultValue = "") String back,
            RedirectAttributes redirect) {
        try {
            if (reset) {
                listPreferenceManagement.resetListColumns(me);
                Flash.success("thirdparty.columns.reset.done").addTo(redirect);
            } else if (!move.isBlank()) {
                listPreferenceManagement.chooseListColumns(me, moved(columns == null ? List.of() : columns, move));
                redirect.addFlashAttribute("columnsOpen", true);
            } else {
                listPreferenceManagement.chooseListColumns(me, columns == null ? List.of() : columns);
                Flash.success("thirdparty.columns.saved").addTo(redirect);
            }
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("columnsOpen", true);
            redirect.addFlashAttribute(
                    "columnsErrors",
                    e.problems().stream()
                            .map(p -> pages.text(p.code(), p.args()))
                            .toList());
        }
        return "redirect:/thirdparties" + (back.isBlank() || !back.matches("[^:\\s]*") ? "" : "?" + back);
    }

    /** A status as posted; one that is none is a wrong choice. */
    private static ProspectStatus status(String status) {
        try {
            return ProspectStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "validation.choice");
        }
    }

    /** The keys with one moved a place up or down ({@code up:<key>}, {@code down:<key>}); as they were otherwise. */
    static List<String> moved(List<String> keys, String move) {
        List<String> result = new ArrayList<>(keys);
        int colon = move.indexOf(':');
        int from = colon < 0 ? -1 : result.indexOf(move.substring(colon + 1));
        if (from < 0) {
            return result;
        }
        int to = move.startsWith("up:") ? from - 1 : move.startsWith("down:") ? from + 1 : from;
        if (to >= 0 && to < result.size()) {
            result.add(to, result.remove(from));
        }
        return result;
    }

    /** Where the user was (a page of the third parties), from the Referer; the fallback otherwise. */
    private static String back(HttpServletRequest request, String fallback) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return fallback;
        }
        try {
            java.net.URI uri = java.net.URI.create(referer);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/thirdparties")) {
                return fallback;
            }
            return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}

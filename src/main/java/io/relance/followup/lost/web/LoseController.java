package io.relance.followup.lost.web;

import io.relance.followup.lost.Losing;
import io.relance.followup.lost.Losing.LoseRequest;
import io.relance.followup.lost.LostReasonManagement;
import io.relance.party.ThirdPartyId;
import io.relance.party.ThirdPartyLookup;
import io.relance.party.ThirdPartySummary;
import io.relance.shared.FormErrors;
import io.relance.shared.Ids;
import io.relance.shared.NotFoundException;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.Flash;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Close as lost" on a third party's record: a reason among those offered (radios), the competitor (a name already
 * used, or typed), a comment; errors beside their field.
 */
@Controller
@RequestMapping("/thirdparties/{id}/lose")
record LoseController(Losing losing, LostReasonManagement reasons, ThirdPartyLookup thirdParties) {

    static final String VIEW = "followup/lose";

    /** The form as a browser posts it. */
    record LoseForm(String reason, String competitor, String comment) {}

    @GetMapping
    String form(@AuthenticationPrincipal RelanceUser me, @PathVariable String id, Model model) {
        model.addAttribute("form", new LoseForm(null, null, null));
        return page(me, id, model);
    }

    @PostMapping
    String lose(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @ModelAttribute("form") LoseForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ThirdPartySummary tp = visible(me, id);
        String done = FormErrors.save(
                result,
                () -> {
                    losing.lose(me, tp.id(), new LoseRequest(form.reason(), form.competitor(), form.comment()));
                    Flash.success("followup.lost.done", tp.name()).addTo(redirect);
                },
                "redirect:/thirdparties/" + tp.id(),
                VIEW);
        return VIEW.equals(done) ? page(me, id, model) : done;
    }

    private String page(RelanceUser me, String id, Model model) {
        ThirdPartySummary tp = visible(me, id);
        model.addAttribute("thirdParty", tp);
        model.addAttribute(
                "reasons",
                reasons.offered(me.workspaceId()).stream()
                        .map(r -> reasons.view(r, me.locale()))
                        .toList());
        model.addAttribute("competitors", reasons.competitors(me.workspaceId()));
        return VIEW;
    }

    private ThirdPartySummary visible(RelanceUser me, String id) {
        return thirdParties.find(me, new ThirdPartyId(Ids.parse(id))).orElseThrow(NotFoundException::new);
    }
}

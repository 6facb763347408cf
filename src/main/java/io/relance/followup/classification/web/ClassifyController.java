package io.relance.followup.classification.web;

import io.relance.followup.classification.Classifying;
import io.relance.party.ThirdPartyId;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.Flash;
import io.relance.shared.web.PageTexts;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One click on the record's Classification panel: classifies the third party, then shows the record again. */
@Controller
record ClassifyController(Classifying classifying, PageTexts texts) {

    @PostMapping("/thirdparties/{id}/classify")
    String classify(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam(required = false) String classification,
            RedirectAttributes redirect) {
        ThirdPartyId party = new ThirdPartyId(Ids.parse(id));
        try {
            classifying.classify(me, party, classification);
            String label = classifying.active(me.workspaceId(), me.locale()).stream()
                    .filter(c -> c.key().equals(classification))
                    .findFirst()
                    .map(c -> c.label())
                    .orElse(classification);
            Flash.success("followup.classification.done", label).addTo(redirect);
        } catch (InvalidInputException e) {
            Flash.error(texts.text(e.problems().get(0))).addTo(redirect);
        }
        return "redirect:/thirdparties/" + party.value();
    }
}

package io.relance.party.web.settings;

import io.relance.party.settings.PartySettings;
import io.relance.party.web.PartyPages;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.relance.shared.StaleVersionException;
import io.relance.shared.numbering.CodeMask;
import io.relance.shared.web.Flash;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The numbering of the third parties' codes (under /settings, admins only): the mask and an example of it. */
@Controller
@RequestMapping("/settings/numbering")
record NumberingController(PartyPages pages, PartySettings partySettings) {

    static final String VIEW_NUMBERING = "party/numbering";

    @GetMapping
    String numbering(@AuthenticationPrincipal RelanceUser me, Model model) {
        String mask = partySettings.numberingMask(me);
        model.addAttribute("mask", mask);
        model.addAttribute("version", partySettings.numberingVersion(me));
        model.addAttribute("example", partySettings.example(me, CodeMask.parse(mask)));
        return VIEW_NUMBERING;
    }

    @PostMapping
    String changeNumbering(
            @AuthenticationPrincipal RelanceUser me,
            @RequestParam(defaultValue = "") String mask,
            @RequestParam Long version,
            Model model,
            RedirectAttributes redirect) {
        try {
            String example = partySettings.changeNumbering(me, mask, version);
            Flash.success("numbering.saved", example).addTo(redirect);
            return "redirect:/settings/numbering";
        } catch (InvalidInputException e) {
            model.addAttribute("maskError", pages.sentence(e));
        } catch (StaleVersionException e) {
            model.addAttribute("maskError", pages.text("problem.stale"));
        }
        model.addAttribute("mask", mask);
        model.addAttribute("version", version);
        String current = partySettings.numberingMask(me);
        model.addAttribute("example", partySettings.example(me, CodeMask.parse(current)));
        return VIEW_NUMBERING;
    }
}

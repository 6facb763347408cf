package io.relance.pipeline.web;

import io.relance.party.ThirdPartyId;
import io.relance.party.ThirdPartyLookup;
import io.relance.party.ThirdPartySummary;
import io.relance.pipeline.deal.DealManagement;
import io.relance.pipeline.deal.DealManagement.DealDetails;
import io.relance.pipeline.deal.NewDeal;
import io.relance.pipeline.phase.PipelineManagement;
import io.relance.shared.FieldProblem;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.NotFoundException;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.Flash;
import io.relance.shared.web.PageTexts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A new deal for a third party ({@code /deals/new?thirdpartyId=…}, linked from its record's Deals panel): pipeline,
 * one of its contacts, amount, expected day, and the object when the link names one. Errors beside their fields.
 */
@Controller
class NewDealController {

    static final String VIEW = "pipeline/new";

    private final DealManagement deals;
    private final PipelineManagement pipelines;
    private final ThirdPartyLookup parties;
    private final PageTexts texts;

    NewDealController(DealManagement deals, PipelineManagement pipelines, ThirdPartyLookup parties, PageTexts texts) {
        this.deals = deals;
        this.pipelines = pipelines;
        this.parties = parties;
        this.texts = texts;
    }

    @GetMapping("/deals/new")
    String form(
            @AuthenticationPrincipal RelanceUser me,
            @RequestParam String thirdpartyId,
            @RequestParam(required = false) String pipeline,
            @RequestParam(required = false) String objectId,
            Model model) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("pipeline", pipeline == null ? "sale" : pipeline);
        typed.put("objectId", objectId == null ? "" : objectId);
        return form(me, party(me, thirdpartyId), typed, Map.of(), model);
    }

    @PostMapping("/deals")
    String create(
            @AuthenticationPrincipal RelanceUser me,
            @RequestParam Map<String, String> typed,
            Model model,
            RedirectAttributes redirect) {
        ThirdPartySummary party = party(me, typed.get("thirdpartyId"));
        List<FieldProblem> problems = new ArrayList<>();
        BigDecimal amount = parsed("amount", typed.get("amount"), BigDecimal::new, problems);
        LocalDate expected = parsed("expectedOn", typed.get("expectedOn"), LocalDate::parse, problems);
        UUID contact = parsed("contactId", typed.get("contactId"), UUID::fromString, problems);
        UUID object = parsed("objectId", typed.get("objectId"), UUID::fromString, problems);
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            DealDetails d = deals.create(
                    me,
                    new NewDeal(
                            typed.get("pipeline"), party.id().value(), contact, object, amount, expected, null, null));
            Flash.success("pipeline.deal.created", party.name()).addTo(redirect);
            return "redirect:/deals/" + d.deal().id();
        } catch (InvalidInputException e) {
            return form(me, party, typed, texts.errors(e), model);
        }
    }

    private String form(
            RelanceUser me,
            ThirdPartySummary party,
            Map<String, String> typed,
            Map<String, String> errors,
            Model model) {
        model.addAttribute("party", party);
        model.addAttribute("pipelines", pipelines.all(me.workspaceId()));
        model.addAttribute("contacts", parties.contacts(me.workspaceId(), party.id()));
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        return VIEW;
    }

    private ThirdPartySummary party(RelanceUser me, String id) {
        return parties.find(me, new ThirdPartyId(Ids.parse(id))).orElseThrow(NotFoundException::new);
    }

    private static <T> T parsed(
            String field, String text, java.util.function.Function<String, T> parse, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parse.apply(text.strip().replace(',', '.'));
        } catch (RuntimeException e) {
            problems.add(new FieldProblem(field, "validation.type"));
            return null;
        }
    }
}

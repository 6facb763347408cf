package io.relance.pipeline.web.settings;

import io.relance.pipeline.DealActionType;
import io.relance.pipeline.phase.Phase;
import io.relance.pipeline.phase.PhaseInput;
import io.relance.pipeline.phase.Pipeline;
import io.relance.pipeline.phase.PipelineManagement;
import io.relance.shared.FieldProblem;
import io.relance.shared.InvalidInputException;
import io.relance.shared.NotFoundException;
import io.relance.shared.RelanceUser;
import io.relance.shared.StaleVersionException;
import io.relance.shared.SupportedLocales;
import io.relance.shared.web.Flash;
import io.relance.shared.web.PageTexts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * Settings → Pipelines (admins): each pipeline's phases in order with their kind, probability and rotting limit, moved
 * up or down in one click, a phase's own form (labels in the four languages, kind, probability, rotting limit — empty:
 * never stale —, retired), a new phase, and the rules (which action moves a deal to which phase).
 */
@Controller
@RequestMapping("/settings/pipelines")
class PipelineSettingsController {

    static final String VIEW = "pipeline/settings";
    static final String VIEW_PHASE = "pipeline/phase-form";
    static final String PAGE = "redirect:/settings/pipelines";

    /** The rule keys offered, in order: the pipeline's own action types, the second visit after the visit. */
    static final List<String> RULE_KEYS = rules();

    private final PipelineManagement pipelines;
    private final PageTexts texts;

    PipelineSettingsController(PipelineManagement pipelines, PageTexts texts) {
        this.pipelines = pipelines;
        this.texts = texts;
    }

    @GetMapping
    String list(@AuthenticationPrincipal RelanceUser me, Model model) {
        return page(me, model, null, Map.of(), Map.of());
    }

    @PostMapping("/{key}/phases")
    String add(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String key,
            @RequestParam Map<String, String> typed,
            Model model,
            RedirectAttributes redirect) {
        try {
            pipelines.addPhase(me, key, typed.get("key"), input(typed, false));
            Flash.success("pipeline.settings.added", typed.get("labels.en")).addTo(redirect);
            return PAGE;
        } catch (InvalidInputException e) {
            return page(me, model, key, typed, texts.errors(e));
        }
    }

    @PostMapping("/{key}/phases/{phase}/move")
    String move(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String key,
            @PathVariable String phase,
            @RequestParam int by) {
        pipelines.movePhase(me, key, phase, by);
        return PAGE;
    }

    @GetMapping("/{key}/phases/{phase}")
    String edit(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String key,
            @PathVariable String phase,
            Model model) {
        Pipeline p = pipelines.get(me.workspaceId(), key);
        Phase x = p.phase(phase).orElseThrow(NotFoundException::new);
        Map<String, String> typed = new LinkedHashMap<>();
        SupportedLocales.TAGS.forEach(l -> typed.put("labels." + l, x.labels().get(l)));
        typed.put("kind", x.kind().name());
        typed.put("probability", x.probability() == null ? "" : x.probability().toString());
        typed.put("rotDays", x.rotDays() == null ? "" : x.rotDays().toString());
        typed.put("retired", String.valueOf(x.retired()));
        typed.put("version", String.valueOf(x.version()));
        return phaseForm(p, x, typed, Map.of(), model);
    }

    @PostMapping("/{key}/phases/{phase}")
    String save(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String key,
            @PathVariable String phase,
            @RequestParam Map<String, String> typed,
            Model model,
            RedirectAttributes redirect) {
        Pipeline p = pipelines.get(me.workspaceId(), key);
        Phase x = p.phase(phase).orElseThrow(NotFoundException::new);
        try {
            Pipeline saved = pipelines.updatePhase(me, key, phase, input(typed, true));
            Flash.success("pipeline.settings.saved", saved.label(phase, me.locale()))
                    .addTo(redirect);
            return PAGE;
        } catch (InvalidInputException e) {
            return phaseForm(p, x, typed, texts.errors(e), model);
        } catch (StaleVersionException e) {
            return phaseForm(p, x, typed, Map.of("version", texts.text("pipeline.settings.stale")), model);
        }
    }

    @PostMapping("/{key}/rules")
    String rules(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String key,
            @RequestParam Map<String, String> typed,
            RedirectAttributes redirect) {
        for (String rule : RULE_KEYS) {
            if (typed.containsKey("rule." + rule)) {
                pipelines.putRule(me, key, rule, typed.get("rule." + rule));
            }
        }
        Flash.success("pipeline.settings.rulesSaved").addTo(redirect);
        return PAGE;
    }

    private String page(
            RelanceUser me, Model model, String failed, Map<String, String> typed, Map<String, String> errors) {
        model.addAttribute("pipelines", pipelines.all(me.workspaceId()));
        model.addAttribute("ruleKeys", RULE_KEYS);
        model.addAttribute("languages", SupportedLocales.TAGS);
        model.addAttribute("failed", failed);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        return VIEW;
    }

    private static String phaseForm(
            Pipeline p, Phase x, Map<String, String> typed, Map<String, String> errors, Model model) {
        model.addAttribute("pipeline", p);
        model.addAttribute("phase", x);
        model.addAttribute("languages", SupportedLocales.TAGS);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        return VIEW_PHASE;
    }

    /** The phase as typed in a form (a number that is not one is a field error); a change's empty limit: never stale. */
    private static PhaseInput input(Map<String, String> typed, boolean change) {
        Map<String, String> labels = new LinkedHashMap<>();
        SupportedLocales.TAGS.forEach(l -> labels.put(l, typed.get("labels." + l)));
        List<FieldProblem> problems = new ArrayList<>();
        Integer probability = number("probability", typed.get("probability"), problems);
        Integer rot = number("rotDays", typed.get("rotDays"), problems);
        Integer version = number("version", typed.get("version"), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new PhaseInput(
                labels,
                typed.get("kind"),
                probability,
                change && rot == null ? Integer.valueOf(0) : rot,
                change && "true".equals(typed.get("retired")),
                version == null ? null : version.longValue());
    }

    private static Integer number(String field, String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "validation.number"));
            return null;
        }
    }

    private static List<String> rules() {
        List<String> keys = new ArrayList<>();
        for (DealActionType a : DealActionType.values()) {
            if (a.ownEntry()) {
                keys.add(a.name());
            }
        }
        keys.add(keys.indexOf(DealActionType.VISIT.name()) + 1, DealActionType.SECOND_VISIT);
        return List.copyOf(keys);
    }
}

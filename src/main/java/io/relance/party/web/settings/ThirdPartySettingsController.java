package io.relance.party.web.settings;

import io.relance.party.CodeMask;
import io.relance.party.CustomField;
import io.relance.party.CustomFieldForm;
import io.relance.party.CustomFieldType;
import io.relance.party.ThirdPartyManagement;
import io.relance.shared.FieldProblem;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.relance.shared.StaleVersionException;
import io.relance.shared.web.Flash;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin pages of the third-party module: custom fields and the code mask (under /settings, admins only). */
@Controller
@RequestMapping("/settings")
class ThirdPartySettingsController {

    static final String VIEW_CUSTOM_FIELDS = "party/custom-fields";
    static final String VIEW_NUMBERING = "party/numbering";

    private final ThirdPartyManagement thirdParties;
    private final MessageSource messages;
    private final Validator validator;

    ThirdPartySettingsController(ThirdPartyManagement thirdParties, MessageSource messages, Validator validator) {
        this.thirdParties = thirdParties;
        this.messages = messages;
        this.validator = validator;
    }

    @GetMapping("/custom-fields")
    String customFields(@AuthenticationPrincipal RelanceUser me, Model model) {
        model.addAttribute("values", Map.of("type", "TEXT"));
        return customFieldsPage(me, model, Map.of());
    }

    @PostMapping("/custom-fields")
    String define(
            @AuthenticationPrincipal RelanceUser me,
            @RequestParam(defaultValue = "") String key,
            @RequestParam(defaultValue = "") String label,
            @RequestParam(defaultValue = "TEXT") String type,
            @RequestParam(defaultValue = "") String options,
            @RequestParam(defaultValue = "false") boolean required,
            Model model,
            RedirectAttributes redirect) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("key", key);
        values.put("label", label);
        values.put("type", type);
        values.put("options", options);
        values.put("required", required);
        try {
            CustomFieldType fieldType;
            try {
                fieldType = CustomFieldType.valueOf(type);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("type", "validation.choice");
            }
            CustomFieldForm form =
                    new CustomFieldForm(key.strip(), label.strip(), fieldType, lines(options), required, null, null);
            check(form);
            thirdParties.defineCustomField(me, form);
            Flash.success("customFields.created").addTo(redirect);
            return "redirect:/settings/custom-fields";
        } catch (InvalidInputException e) {
            model.addAttribute("values", values);
            return customFieldsPage(me, model, resolve(e));
        }
    }

    @PostMapping("/custom-fields/{id}")
    String change(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam(defaultValue = "") String label,
            @RequestParam(defaultValue = "") String options,
            @RequestParam(defaultValue = "false") boolean required,
            @RequestParam Long version,
            RedirectAttributes redirect) {
        CustomField current = thirdParties.customFields(me.workspaceId()).stream()
                .filter(f -> f.id().equals(Ids.parse(id)))
                .findFirst()
                .orElseThrow(io.relance.shared.NotFoundException::new);
        try {
            CustomFieldForm form = new CustomFieldForm(
                    current.key(),
                    label.strip(),
                    current.type(),
                    lines(options),
                    required,
                    current.position(),
                    version);
            check(form);
            thirdParties.changeCustomField(me, current.id(), form);
            Flash.success("customFields.saved").addTo(redirect);
        } catch (InvalidInputException e) {
            Flash.error(String.join(" ", resolve(e).values())).addTo(redirect);
        } catch (StaleVersionException e) {
            Flash.error(text("problem.stale")).addTo(redirect);
        }
        return "redirect:/settings/custom-fields";
    }

    @PostMapping("/custom-fields/{id}/delete")
    String remove(@AuthenticationPrincipal RelanceUser me, @PathVariable String id, RedirectAttributes redirect) {
        thirdParties.removeCustomField(me, Ids.parse(id));
        Flash.success("customFields.removed").addTo(redirect);
        return "redirect:/settings/custom-fields";
    }

    @GetMapping("/numbering")
    String numbering(@AuthenticationPrincipal RelanceUser me, Model model) {
        String mask = thirdParties.numberingMask(me);
        model.addAttribute("mask", mask);
        model.addAttribute("version", thirdParties.numberingVersion(me));
        model.addAttribute("example", thirdParties.example(me, CodeMask.parse(mask)));
        return VIEW_NUMBERING;
    }

    @PostMapping("/numbering")
    String changeNumbering(
            @AuthenticationPrincipal RelanceUser me,
            @RequestParam(defaultValue = "") String mask,
            @RequestParam Long version,
            Model model,
            RedirectAttributes redirect) {
        try {
            String example = thirdParties.changeNumbering(me, mask, version);
            Flash.success("numbering.saved", example).addTo(redirect);
            return "redirect:/settings/numbering";
        } catch (InvalidInputException e) {
            model.addAttribute("maskError", String.join(" ", resolve(e).values()));
        } catch (StaleVersionException e) {
            model.addAttribute("maskError", text("problem.stale"));
        }
        model.addAttribute("mask", mask);
        model.addAttribute("version", version);
        String current = thirdParties.numberingMask(me);
        model.addAttribute("example", thirdParties.example(me, CodeMask.parse(current)));
        return VIEW_NUMBERING;
    }

    private String customFieldsPage(RelanceUser me, Model model, Map<String, String> errors) {
        model.addAttribute("fields", thirdParties.customFields(me.workspaceId()));
        model.addAttribute("types", Arrays.asList(CustomFieldType.values()));
        model.addAttribute("errors", errors);
        return VIEW_CUSTOM_FIELDS;
    }

    private void check(CustomFieldForm form) {
        List<FieldProblem> problems = validator.validate(form).stream()
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                .toList();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private Map<String, String> resolve(InvalidInputException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem p : e.problems()) {
            errors.merge(p.field(), text(p.code(), p.args()), (a, b) -> a + " " + b);
        }
        return errors;
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}

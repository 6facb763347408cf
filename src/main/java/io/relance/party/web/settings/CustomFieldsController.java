package io.relance.party.web.settings;

import io.relance.party.customfield.CustomField;
import io.relance.party.customfield.CustomFieldForm;
import io.relance.party.customfield.CustomFieldManagement;
import io.relance.party.customfield.CustomFieldType;
import io.relance.party.web.PartyPages;
import io.relance.shared.FieldProblem;
import io.relance.shared.FormErrors;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.NotFoundException;
import io.relance.shared.RelanceUser;
import io.relance.shared.SupportedLocales;
import io.relance.shared.web.Flash;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The custom fields of the third parties (under /settings, admins only): define, change, remove. */
@Controller
@RequestMapping("/settings/custom-fields")
class CustomFieldsController {

    static final String VIEW_CUSTOM_FIELDS = "party/custom-fields";

    /** The "New field" form, as the browser posts it (a box unticked is absent). */
    record NewField(String key, String label, String type, String options, Boolean required) {

        static NewField empty() {
            return new NewField("", "", "TEXT", "", false);
        }

        CustomFieldForm toForm(Map<String, String> typed) {
            CustomFieldType fieldType;
            try {
                fieldType = CustomFieldType.valueOf(type == null ? "" : type);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("type", "validation.choice");
            }
            List<String> choices = lines(options);
            return new CustomFieldForm(
                    strip(key),
                    strip(label),
                    fieldType,
                    choices,
                    Boolean.TRUE.equals(required),
                    null,
                    null,
                    labels(typed),
                    fieldType.choices() ? choiceLabels(typed, choices) : null);
        }
    }

    private final CustomFieldManagement customFieldManagement;
    private final PartyPages pages;
    private final Validator validator;

    CustomFieldsController(CustomFieldManagement customFieldManagement, PartyPages pages, Validator validator) {
        this.customFieldManagement = customFieldManagement;
        this.pages = pages;
        this.validator = validator;
    }

    @GetMapping
    String customFields(@AuthenticationPrincipal RelanceUser me, Model model) {
        model.addAttribute("newField", NewField.empty());
        return page(me, model);
    }

    @PostMapping
    String define(
            @AuthenticationPrincipal RelanceUser me,
            @ModelAttribute("newField") NewField form,
            BindingResult result,
            @RequestParam Map<String, String> typed,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("typed", typed);
        if (!result.hasErrors()) {
            try {
                CustomFieldForm field = form.toForm(typed);
                check(field);
                customFieldManagement.defineCustomField(me, field);
                Flash.success("customFields.created").addTo(redirect);
                return "redirect:/settings/custom-fields";
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        return page(me, model);
    }

    @PostMapping("/{id}")
    String change(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam(defaultValue = "") String label,
            @RequestParam(defaultValue = "") String options,
            @RequestParam(defaultValue = "false") boolean required,
            @RequestParam Long version,
            @RequestParam Map<String, String> typed,
            RedirectAttributes redirect) {
        CustomField current = customFieldManagement.customFields(me.workspaceId()).stream()
                .filter(f -> f.id().equals(Ids.parse(id)))
                .findFirst()
                .orElseThrow(NotFoundException::new);
        pages.flashOutcome(redirect, () -> {
            List<String> choices = lines(options);
            CustomFieldForm form = new CustomFieldForm(
                    current.key(),
                    strip(label),
                    current.type(),
                    choices,
                    required,
                    current.position(),
                    version,
                    labels(typed),
                    current.type().choices() ? choiceLabels(typed, choices) : null);
            check(form);
            customFieldManagement.changeCustomField(me, current.id(), form);
            return Flash.success("customFields.saved");
        });
        return "redirect:/settings/custom-fields";
    }

    @PostMapping("/{id}/delete")
    String remove(@AuthenticationPrincipal RelanceUser me, @PathVariable String id, RedirectAttributes redirect) {
        customFieldManagement.removeCustomField(me, Ids.parse(id));
        Flash.success("customFields.removed").addTo(redirect);
        return "redirect:/settings/custom-fields";
    }

    private String page(RelanceUser me, Model model) {
        model.addAttribute("fields", customFieldManagement.customFields(me.workspaceId()));
        model.addAttribute("types", Arrays.asList(CustomFieldType.values()));
        model.addAttribute("translationLanguages", SupportedLocales.TAGS);
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

    /** The labels typed per language ({@code label_fr}…); an empty one is dropped (the default shows). */
    private static Map<String, String> labels(Map<String, String> typed) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String language : SupportedLocales.TAGS) {
            String label = strip(typed.get("label_" + language));
            if (!label.isEmpty()) {
                labels.put(language, label);
            }
        }
        return labels;
    }

    /**
     * The choices' labels typed per language ({@code choices_fr}): one line per choice, in the choices' order; an
     * empty line leaves that choice to its default.
     */
    private static Map<String, Map<String, String>> choiceLabels(Map<String, String> typed, List<String> choices) {
        Map<String, Map<String, String>> result = new LinkedHashMap<>();
        for (String language : SupportedLocales.TAGS) {
            List<String> lines = typed.getOrDefault("choices_" + language, "")
                    .lines()
                    .map(String::strip)
                    .toList();
            if (lines.size() > choices.size()
                    && lines.stream().skip(choices.size()).anyMatch(l -> !l.isEmpty())) {
                throw new InvalidInputException("choices_" + language, "customFields.choices.tooMany");
            }
            for (int i = 0; i < lines.size() && i < choices.size(); i++) {
                if (!lines.get(i).isEmpty()) {
                    result.computeIfAbsent(choices.get(i), c -> new LinkedHashMap<>())
                            .put(language, lines.get(i));
                }
            }
        }
        return result;
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static List<String> lines(String text) {
        return text == null
                ? List.of()
                : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}

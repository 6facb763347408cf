package io.relance.followup.classification.web;

import io.relance.followup.classification.Classification;
import io.relance.followup.classification.ClassificationManagement;
import io.relance.shared.FormErrors;
import io.relance.shared.InvalidInputException;
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
 * Settings → Classifications (admins): the list and a new classification on one page, each classification's own
 * form to change or delete it.
 */
@Controller
@RequestMapping("/settings/classifications")
record ClassificationsController(ClassificationManagement classifications) {

    static final String VIEW_LIST = "followup/classifications";
    static final String VIEW_FORM = "followup/classification-form";
    static final String PAGE = "redirect:/settings/classifications";

    @GetMapping
    String list(@AuthenticationPrincipal RelanceUser me, Model model) {
        model.addAttribute("form", ClassificationForm.empty());
        return page(me, model);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal RelanceUser me,
            @ModelAttribute("form") ClassificationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        String done = FormErrors.save(
                result,
                () -> {
                    Classification created = onFields(() -> classifications.create(me, form.changes(true)));
                    Flash.success("followup.classification.created", created.label(me.locale()))
                            .addTo(redirect);
                },
                PAGE,
                VIEW_LIST);
        return done.equals(VIEW_LIST) ? page(me, model) : done;
    }

    @GetMapping("/{key}")
    String edit(@AuthenticationPrincipal RelanceUser me, @PathVariable String key, Model model) {
        Classification c = classifications.get(me.workspaceId(), key);
        model.addAttribute("form", ClassificationForm.of(c));
        model.addAttribute("classification", c);
        return VIEW_FORM;
    }

    @PostMapping("/{key}")
    String update(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String key,
            @ModelAttribute("form") ClassificationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("classification", classifications.get(me.workspaceId(), key));
        return FormErrors.save(
                result,
                () -> {
                    Classification saved = onFields(() -> classifications.update(me, key, form.changes(false)));
                    Flash.success("followup.classification.saved", saved.label(me.locale()))
                            .addTo(redirect);
                },
                PAGE,
                VIEW_FORM,
                model,
                () -> classifications.get(me.workspaceId(), key).version());
    }

    @PostMapping("/{key}/delete")
    String delete(@AuthenticationPrincipal RelanceUser me, @PathVariable String key, RedirectAttributes redirect) {
        String label = classifications.get(me.workspaceId(), key).label(me.locale());
        classifications.delete(me, key);
        Flash.success("followup.classification.deleted", label).addTo(redirect);
        return PAGE;
    }

    private String page(RelanceUser me, Model model) {
        model.addAttribute("classifications", classifications.all(me.workspaceId()));
        return VIEW_LIST;
    }

    private static Classification onFields(java.util.function.Supplier<Classification> change) {
        try {
            return change.get();
        } catch (InvalidInputException e) {
            throw ClassificationForm.onFields(e);
        }
    }
}

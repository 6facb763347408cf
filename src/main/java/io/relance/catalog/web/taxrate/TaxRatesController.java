package io.relance.catalog.web.taxrate;

import io.relance.catalog.TaxRateId;
import io.relance.catalog.taxrate.TaxRate;
import io.relance.catalog.taxrate.TaxRateManagement;
import io.relance.catalog.web.CatalogFormat;
import io.relance.shared.FormErrors;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.Flash;
import io.relance.shared.web.PageTexts;
import io.relance.workspace.WorkspaceManagement;
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
 * The tax rates of the workspace (a settings tab, admins only): the list and a new rate on one page, each rate's own
 * form to change or delete it.
 */
@Controller
@RequestMapping("/settings/tax-rates")
record TaxRatesController(
        TaxRateManagement taxRates, WorkspaceManagement workspaces, CatalogFormat format, PageTexts texts) {

    static final String VIEW_LIST = "catalog/tax-rates";
    static final String VIEW_FORM = "catalog/tax-rate-form";
    static final String PAGE = "redirect:/settings/tax-rates";

    @GetMapping
    String list(@AuthenticationPrincipal RelanceUser me, Model model) {
        model.addAttribute("form", TaxRateForm.empty());
        return page(me, model);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal RelanceUser me,
            @ModelAttribute("form") TaxRateForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        String done = FormErrors.save(
                result,
                () -> Flash.success(
                                "catalog.taxRate.created",
                                taxRates.create(me, form.changes()).name())
                        .addTo(redirect),
                PAGE,
                VIEW_LIST);
        return done.equals(VIEW_LIST) ? page(me, model) : done;
    }

    /** Gives a workspace without rates the usual ones of its country. */
    @PostMapping("/usual")
    String addUsual(@AuthenticationPrincipal RelanceUser me, RedirectAttributes redirect) {
        if (taxRates.addUsualRates(me, workspaces.workspace(me.workspaceId()).country())) {
            Flash.success("catalog.taxRate.usualAdded").addTo(redirect);
        }
        return PAGE;
    }

    @GetMapping("/{id}")
    String edit(@AuthenticationPrincipal RelanceUser me, @PathVariable String id, Model model) {
        TaxRate rate = taxRates.get(me.workspaceId(), rate(id));
        model.addAttribute("form", TaxRateForm.of(rate, format));
        model.addAttribute("rate", rate);
        return VIEW_FORM;
    }

    @PostMapping("/{id}")
    String update(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @ModelAttribute("form") TaxRateForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        TaxRateId rateId = rate(id);
        model.addAttribute("rate", taxRates.get(me.workspaceId(), rateId));
        return FormErrors.save(
                result,
                () -> Flash.success(
                                "catalog.taxRate.saved",
                                taxRates.update(me, rateId, form.changes()).name())
                        .addTo(redirect),
                PAGE,
                VIEW_FORM,
                model,
                () -> taxRates.get(me.workspaceId(), rateId).version());
    }

    /** Deletes a rate; one in use (or the default) stays, and the list says why. */
    @PostMapping("/{id}/delete")
    String delete(@AuthenticationPrincipal RelanceUser me, @PathVariable String id, RedirectAttributes redirect) {
        TaxRateId rateId = rate(id);
        String name = taxRates.get(me.workspaceId(), rateId).name();
        try {
            taxRates.delete(me, rateId);
            Flash.success("catalog.taxRate.deleted", name).addTo(redirect);
        } catch (InvalidInputException e) {
            Flash.error(texts.text(e.problems().get(0))).addTo(redirect);
        }
        return PAGE;
    }

    private String page(RelanceUser me, Model model) {
        model.addAttribute("rates", taxRates.rates(me.workspaceId()));
        return VIEW_LIST;
    }

    private static TaxRateId rate(String id) {
        return new TaxRateId(Ids.parse(id));
    }
}

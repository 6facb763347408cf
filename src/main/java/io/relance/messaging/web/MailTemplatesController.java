package io.relance.messaging.web;

import io.relance.messaging.MailTemplate;
import io.relance.messaging.MailTemplateKind;
import io.relance.messaging.MailTemplates;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.relance.shared.StaleVersionException;
import io.relance.shared.SupportedLocales;
import io.relance.shared.web.Flash;
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
 * Settings → E-mail templates (admins, like every settings page): each kind of e-mail in each language, the
 * workspace's wording or the default; a template's page edits it with its merge fields listed and a preview.
 */
@Controller
@RequestMapping("/settings/mail-templates")
record MailTemplatesController(MailTemplates templates, MessagingPages pages) {

    static final String VIEW_LIST = "messaging/templates";
    static final String VIEW_FORM = "messaging/template-form";
    static final String FRAGMENT_PREVIEW = "messaging/template-form :: preview";

    /** A template as the form holds it. */
    record TemplateForm(String subject, String body, long version) {}

    @GetMapping
    String list(@AuthenticationPrincipal RelanceUser me, Model model) {
        Map<MailTemplateKind, List<MailTemplate>> byKind = new LinkedHashMap<>();
        for (MailTemplateKind kind : templates.kinds()) {
            byKind.put(kind, templates.templates(me.workspaceId(), kind.key()));
        }
        model.addAttribute("kinds", byKind);
        return VIEW_LIST;
    }

    @GetMapping("/{kind}/{language}")
    String edit(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String kind,
            @PathVariable String language,
            Model model) {
        MailTemplate template = templates.template(me.workspaceId(), kind, language);
        TemplateForm form = new TemplateForm(template.subject(), template.body(), template.version());
        model.addAttribute("preview", templates.preview(me, kind, language, form.subject(), form.body()));
        return form(me, kind, language, template, form, Map.of(), model);
    }

    @PostMapping("/{kind}/{language}")
    String save(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String kind,
            @PathVariable String language,
            @RequestParam(defaultValue = "") String subject,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(defaultValue = "0") long version,
            @RequestParam(defaultValue = "save") String action,
            Model model,
            RedirectAttributes redirect) {
        MailTemplate current = templates.template(me.workspaceId(), kind, language);
        TemplateForm form = new TemplateForm(subject, body, version);
        try {
            if ("preview".equals(action)) {
                model.addAttribute("preview", templates.preview(me, kind, language, subject, body));
                return form(me, kind, language, current, form, Map.of(), model);
            }
            templates.save(me, kind, language, subject, body, version);
            Flash.success("messaging.template.saved").addTo(redirect);
            return "redirect:/settings/mail-templates/" + kind + "/" + language;
        } catch (InvalidInputException e) {
            return form(me, kind, language, current, form, pages.errors(e), model);
        } catch (StaleVersionException e) {
            model.addAttribute("stale", true);
            TemplateForm again = new TemplateForm(subject, body, current.version());
            return form(me, kind, language, current, again, Map.of(), model);
        }
    }

    /** The preview alone, in place (htmx), of what is typed; errors beside the preview. */
    @PostMapping("/{kind}/{language}/preview")
    String preview(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String kind,
            @PathVariable String language,
            @RequestParam(defaultValue = "") String subject,
            @RequestParam(defaultValue = "") String body,
            Model model) {
        templates.template(me.workspaceId(), kind, language);
        try {
            model.addAttribute("preview", templates.preview(me, kind, language, subject, body));
        } catch (InvalidInputException e) {
            model.addAttribute("previewErrors", pages.errors(e).values());
        }
        return FRAGMENT_PREVIEW;
    }

    @PostMapping("/{kind}/{language}/reset")
    String reset(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String kind,
            @PathVariable String language,
            RedirectAttributes redirect) {
        templates.reset(me, kind, language);
        Flash.success("messaging.template.reset").addTo(redirect);
        return "redirect:/settings/mail-templates/" + kind + "/" + language;
    }

    private String form(
            RelanceUser me,
            String kind,
            String language,
            MailTemplate current,
            TemplateForm form,
            Map<String, String> errors,
            Model model) {
        MailTemplateKind templateKind = templates.kind(kind);
        model.addAttribute("kind", templateKind);
        model.addAttribute("language", language);
        model.addAttribute("languages", SupportedLocales.TAGS);
        model.addAttribute("current", current);
        model.addAttribute("form", form);
        model.addAttribute("fields", templates.fields(templateKind));
        model.addAttribute("errors", errors);
        return VIEW_FORM;
    }
}

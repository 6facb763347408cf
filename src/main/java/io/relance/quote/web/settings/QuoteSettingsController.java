package io.relance.quote.web.settings;

import io.relance.quote.core.QuoteManagement;
import io.relance.quote.settings.QuoteSettings;
import io.relance.quote.settings.QuoteTexts;
import io.relance.quote.web.QuotePages;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.relance.shared.StaleVersionException;
import io.relance.shared.SupportedLocales;
import io.relance.shared.numbering.CodeMask;
import io.relance.shared.numbering.Numbering;
import io.relance.shared.web.Flash;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Settings → Quotes, for admins: the numbering mask of quotes, how many days a new quote is valid, and per language
 * the default introduction and terms (one language at a time, {@code ?language=fr}). Under /settings: admins only.
 */
@Controller
record QuoteSettingsController(QuoteSettings settings, Numbering numbering, QuotePages pages) {

    static final String VIEW_SETTINGS = "quote/settings";

    @GetMapping("/settings/quotes")
    String page(@AuthenticationPrincipal RelanceUser me, @RequestParam(required = false) String language, Model model) {
        String lang = SupportedLocales.isSupported(language)
                ? language
                : pages.workspace(me).defaultLocale();
        QuoteSettings.Validity validity = settings.validity(me.workspaceId());
        QuoteTexts texts = settings.texts(me.workspaceId(), lang);
        Numbering.Setting mask = numbering.setting(me.workspaceId(), QuoteManagement.NUMBERS);
        fill(me, model, lang, String.valueOf(validity.days()), validity.version(), texts, mask.mask(), mask.version());
        model.addAttribute("errors", Map.of());
        return VIEW_SETTINGS;
    }

    @PostMapping("/settings/quotes")
    String save(
            @AuthenticationPrincipal RelanceUser me,
            @RequestParam String language,
            @RequestParam(required = false) String validityDays,
            @RequestParam(defaultValue = "0") long validityVersion,
            @RequestParam(required = false) String introduction,
            @RequestParam(required = false) String terms,
            @RequestParam(defaultValue = "0") long textsVersion,
            @RequestParam(required = false) String mask,
            @RequestParam(defaultValue = "0") long maskVersion,
            RedirectAttributes redirect,
            Model model) {
        QuoteTexts texts = new QuoteTexts(language, introduction, terms, textsVersion);
        Map<String, String> errors = new LinkedHashMap<>();
        Integer days = null;
        try {
            days = Integer.valueOf(validityDays == null ? "" : validityDays.strip());
        } catch (NumberFormatException e) {
            errors.put("validityDays", pages.text("validation.number"));
        }
        try {
            CodeMask.parse(mask);
        } catch (InvalidInputException e) {
            errors.putAll(pages.errors(e));
        }
        try {
            if (errors.isEmpty()) {
                settings.save(me, days, validityVersion, texts);
                Numbering.Setting current = numbering.setting(me.workspaceId(), QuoteManagement.NUMBERS);
                if (!current.mask().equals(mask)
                        && !numbering.saveSetting(me.workspaceId(), QuoteManagement.NUMBERS, mask, maskVersion)) {
                    throw new StaleVersionException();
                }
                Flash.success("quote.settings.saved").addTo(redirect);
                return "redirect:/settings/quotes?language=" + language;
            }
        } catch (InvalidInputException e) {
            errors.putAll(pages.errors(e));
        } catch (StaleVersionException e) {
            model.addAttribute("problem", pages.text("quote.settings.stale"));
        }
        fill(me, model, language, validityDays, validityVersion, texts, mask, maskVersion);
        model.addAttribute("errors", errors);
        return VIEW_SETTINGS;
    }

    private void fill(
            RelanceUser me,
            Model model,
            String language,
            String days,
            long validityVersion,
            QuoteTexts texts,
            String mask,
            long maskVersion) {
        model.addAttribute("language", language);
        model.addAttribute("languages", SupportedLocales.TAGS);
        model.addAttribute("validityDays", days);
        model.addAttribute("validityVersion", validityVersion);
        model.addAttribute("texts", texts);
        model.addAttribute("mask", mask);
        model.addAttribute("maskVersion", maskVersion);
        String example;
        try {
            example = CodeMask.parse(mask).format(ZonedDateTime.now(pages.zone(me)), 1);
        } catch (InvalidInputException e) {
            example = "";
        }
        model.addAttribute("example", example);
    }
}

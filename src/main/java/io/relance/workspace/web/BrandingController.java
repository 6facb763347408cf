package io.relance.workspace.web;

import io.relance.shared.FormErrors;
import io.relance.shared.Ids;
import io.relance.shared.NotFoundException;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.Flash;
import io.relance.workspace.Branding;
import io.relance.workspace.BrandingManagement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/** The workspace's branding and legal details, as its documents print them (under /settings: admins only). */
@Controller
@RequestMapping("/settings/branding")
record BrandingController(BrandingManagement brandings) {

    static final String VIEW_BRANDING = "workspace/branding";

    @GetMapping
    String branding(@AuthenticationPrincipal RelanceUser me, Model model) {
        Branding branding = brandings.brandingWithoutLogoBytes(me.workspaceId());
        model.addAttribute("form", BrandingForm.of(branding));
        model.addAttribute("branding", branding);
        return VIEW_BRANDING;
    }

    @PostMapping
    String save(
            @AuthenticationPrincipal RelanceUser me,
            @ModelAttribute("form") BrandingForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        byte[] logo = bytes(form);
        model.addAttribute("branding", brandings.brandingWithoutLogoBytes(me.workspaceId()));
        return FormErrors.save(
                result,
                () -> {
                    brandings.change(me, form.changes(), logo, Boolean.TRUE.equals(form.removeLogo()));
                    Flash.success("branding.saved").addTo(redirect);
                },
                "redirect:/settings/branding",
                VIEW_BRANDING,
                model,
                () -> brandings.brandingWithoutLogoBytes(me.workspaceId()).version());
    }

    /** The logo as the settings page shows it; another workspace's (or an old one) is not found. */
    @GetMapping("/logo/{logoId}")
    ResponseEntity<byte[]> logo(@AuthenticationPrincipal RelanceUser me, @PathVariable String logoId) {
        return LogoAnswer.of(brandings.logo(me.workspaceId(), Ids.parse(logoId)));
    }

    private static byte[] bytes(BrandingForm form) {
        if (form.logo() == null || form.logo().isEmpty()) {
            return null;
        }
        try {
            return form.logo().getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A logo's bytes with its type; its address names its id, so it may be kept as long as the browser likes. */
    static final class LogoAnswer {

        private LogoAnswer() {}

        static ResponseEntity<byte[]> of(java.util.Optional<Branding.Logo> logo) {
            return logo.map(l -> ResponseEntity.ok()
                            .contentType(MediaType.parseMediaType(l.contentType()))
                            .cacheControl(
                                    CacheControl.maxAge(Duration.ofDays(365)).cachePrivate())
                            .body(l.bytes()))
                    .orElseThrow(NotFoundException::new);
        }
    }
}

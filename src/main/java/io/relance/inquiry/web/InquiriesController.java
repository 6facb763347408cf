package io.relance.inquiry.web;

import io.relance.inquiry.InquiryId;
import io.relance.inquiry.core.Inquiry;
import io.relance.inquiry.core.InquiryIntake;
import io.relance.inquiry.core.InquiryStatus;
import io.relance.shared.FormErrors;
import io.relance.shared.Ids;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.Flash;
import io.relance.shared.web.NavigationItem;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Inquiries page ({@code /inquiries}): the inbox of those waiting for a person (unmatched, and those that could
 * not be read, with why), or all of them; one inquiry ({@code /inquiries/{id}}) with the form that assigns its object
 * and contact (a candidate, or a new contact) and processes it; errors beside their field.
 */
@Controller
class InquiriesController {

    static final String LIST = "inquiry/inbox";
    static final String ONE = "inquiry/inquiry";

    /** The processing form as a browser posts it. */
    record ProcessForm(String objectReference, String contactId, Long version) {}

    private final InquiryIntake intake;

    InquiriesController(InquiryIntake intake) {
        this.intake = intake;
    }

    @Bean
    static NavigationItem inquiriesNavigation() {
        return new NavigationItem(35, "inquiries", "inquiry.nav", "bi-envelope-paper", "/inquiries", null, true, false);
    }

    @GetMapping("/inquiries")
    String list(
            @AuthenticationPrincipal RelanceUser me,
            @RequestParam(required = false) String show,
            @RequestParam(required = false) String cursor,
            Model model) {
        boolean all = "all".equals(show);
        List<String> statuses = all ? List.of() : List.of(InquiryStatus.UNMATCHED.name(), InquiryStatus.FAILED.name());
        model.addAttribute("all", all);
        model.addAttribute("page", intake.list(me, statuses, PageRequest.of(50, cursor)));
        return LIST;
    }

    @GetMapping("/inquiries/{id}")
    String one(@AuthenticationPrincipal RelanceUser me, @PathVariable String id, Model model) {
        Inquiry inquiry = intake.get(me, new InquiryId(Ids.parse(id)));
        model.addAttribute("form", new ProcessForm(inquiry.form().objectReference(), null, inquiry.version()));
        return page(me, inquiry, model);
    }

    @PostMapping("/inquiries/{id}/process")
    String process(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @ModelAttribute("form") ProcessForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        InquiryId inquiryId = new InquiryId(Ids.parse(id));
        Inquiry inquiry = intake.get(me, inquiryId);
        String done = FormErrors.save(
                result,
                () -> {
                    intake.process(me, inquiryId, form.version(), form.objectReference(), form.contactId());
                    Flash.success("inquiry.processed").addTo(redirect);
                },
                "redirect:/inquiries",
                ONE,
                model,
                () -> intake.get(me, inquiryId).version());
        return ONE.equals(done) ? page(me, inquiry, model) : done;
    }

    private String page(RelanceUser me, Inquiry inquiry, Model model) {
        model.addAttribute("inquiry", inquiry);
        model.addAttribute("candidates", inquiry.waits() ? intake.candidates(me, inquiry) : List.of());
        return ONE;
    }
}

package io.relance.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** A flash message given as a bare message key (a success) is read as a {@link Flash}, so the layout shows one kind. */
@ControllerAdvice(annotations = Controller.class)
class FlashAdvice {

    @ModelAttribute
    void flash(Model model) {
        if (model.getAttribute(Flash.ATTRIBUTE) instanceof String key) {
            model.addAttribute(Flash.ATTRIBUTE, Flash.success(key));
        }
    }
}

package io.relance.shared;

import java.util.function.LongSupplier;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** Puts domain-rule errors beside the fields of a form, in the user's language (resolved by the view). */
public final class FormErrors {

    private FormErrors() {}

    public static void reject(BindingResult result, InvalidInputException e) {
        for (FieldProblem p : e.problems()) {
            if (result.getTarget() != null && hasField(result, p.field())) {
                result.rejectValue(p.field(), p.code(), p.args(), p.code());
            } else {
                result.reject(p.code(), p.args(), p.code());
            }
        }
    }

    private static boolean hasField(BindingResult result, String field) {
        try {
            return result.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * The post of a form, written once: unless the form already has errors, makes {@code change}; a domain rule's
     * refusal goes beside the fields, a stale version above the form.
     *
     * @return {@code done} once the change is made (a redirect), else {@code form} (the form again, errors shown)
     */
    public static String save(BindingResult result, Runnable change, String done, String form) {
        return save(result, change, done, form, null, null);
    }

    /** The model attribute a form's hidden version reads first: the record's version now, after a stale save. */
    public static final String CURRENT_VERSION = "currentVersion";

    /**
     * As {@link #save(BindingResult, Runnable, String, String)}, for a form checked against a version: after a stale
     * version the form comes back as typed, told so, and carrying the record's version now ({@value #CURRENT_VERSION}),
     * so that the user who has looked saves it again instead of being refused until he reloads and retypes.
     */
    public static String save(
            BindingResult result, Runnable change, String done, String form, Model model, LongSupplier current) {
        if (result.hasErrors()) {
            return form;
        }
        try {
            change.run();
            return done;
        } catch (InvalidInputException e) {
            reject(result, e);
        } catch (StaleVersionException e) {
            result.reject("problem.stale");
            if (model != null) {
                model.addAttribute(CURRENT_VERSION, current.getAsLong());
            }
        }
        return form;
    }
}
